/** Test helper: a runtime with an inline bundle loaded, as the add-on's tests load the built one. */
import {
  type BundleFunction,
  createRuntime,
  loadBundle,
  type Runtime,
  type RuntimeOptions,
} from '../../apps-script/emulator/index.ts';

/** A runtime and the inline bundle's global functions. */
export function withBundle(
  code: string,
  options?: RuntimeOptions,
): { runtime: Runtime; fns: Record<string, BundleFunction> } {
  const runtime = createRuntime(options);
  return { runtime, fns: loadBundle(code, runtime) };
}

/** Runs one expression's worth of Apps Script code and returns its result. */
export function runScript(body: string, options?: RuntimeOptions): { runtime: Runtime; result: unknown } {
  const { runtime, fns } = withBundle(`function main() { ${body} }`, options);
  const main = fns.main;
  if (!main) throw new Error('main was not loaded');
  return { runtime, result: main() };
}

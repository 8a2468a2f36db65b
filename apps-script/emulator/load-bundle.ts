/** loadBundle: runs the built add-on in the runtime's realm and returns its global functions. */
import { runInContext } from 'node:vm';
import type { Runtime } from './runtime.ts';

/** A bundle's top-level function (an Apps Script global such as doPost); each call is one execution. */
export type BundleFunction = (...args: unknown[]) => unknown;

/**
 * Runs `code` in a context holding only JS built-ins and the emulated Apps Script globals (no
 * process, require, setTimeout, URL, fetch, TextEncoder, window, document) and returns its
 * top-level functions by name.
 */
export function loadBundle(
  code: string,
  runtime: Runtime,
  filename = 'Code.js',
): Record<string, BundleFunction> {
  const context = runtime.realm.context;
  const global = runInContext('globalThis', context) as Record<string, unknown>;
  for (const [name, value] of Object.entries(runtime.globals)) {
    Object.defineProperty(global, name, { value, writable: true, configurable: true, enumerable: false });
  }
  const before = new Set(Object.getOwnPropertyNames(global));
  runInContext(code, context, { filename });
  const functions: Record<string, BundleFunction> = {};
  for (const name of Object.getOwnPropertyNames(global)) {
    const value = global[name];
    if (before.has(name) && !isBundleFunction(code, name)) continue;
    if (typeof value === 'function' && !(name in runtime.globals)) {
      const fn = value as BundleFunction;
      functions[name] = (...args) => runtime.execute(() => fn(...args));
    }
  }
  return functions;
}

// A name already on the global before this run is the bundle's only if it declares it (a reload).
function isBundleFunction(code: string, name: string): boolean {
  return new RegExp(`(^|[\\s;])function\\s+${name.replace(/\$/g, '\\$')}\\s*\\(`).test(code);
}

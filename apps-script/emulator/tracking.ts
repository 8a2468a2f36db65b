/**
 * The boundary between the bundle and the fakes: every fake object reaches the bundle wrapped in
 * a Proxy that counts each method call (`Range.getValues`), fails loudly on anything the emulator
 * does not implement, and turns host errors into the bundle realm's `Exception`s.
 */
import type { Realm } from './realm.ts';

/** Symbol every fake object carries: its Apps Script type name (`Range`, `Sheet`, …). */
export const APPS_SCRIPT_TYPE: unique symbol = Symbol('appsScriptType');

/** A fake Apps Script object. Its public constants (enums) are own properties named in upper case. */
export interface Emulated {
  readonly [APPS_SCRIPT_TYPE]: string;
}

/** A service object (SpreadsheetApp, Utilities, …): methods and upper-case constants. */
export type Service = Emulated & Record<string, unknown>;

/** Counts of service calls, keyed `Type.method`. */
export class CallCounter {
  private readonly counts = new Map<string, number>();

  /** Adds one call of `key`. */
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  /** Calls of one `Type.method`, or of every method of a type when given `Type.*`. */
  get(key: string): number {
    if (!key.endsWith('.*')) return this.counts.get(key) ?? 0;
    const prefix = key.slice(0, -1);
    let sum = 0;
    for (const [name, n] of this.counts) if (name.startsWith(prefix)) sum += n;
    return sum;
  }
  /** All calls. */
  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }
  /** A copy of the counts, sorted by key. */
  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }
  /** Forgets all counts. */
  reset(): void {
    this.counts.clear();
  }
}

/** Properties that test runners, `await` and printers probe on any object: answer undefined. */
const PROBES = new Set(['then', 'toJSON', 'asymmetricMatch', 'nodeType', 'tagName', '$$typeof', 'inspect']);

// Proxy → fake, shared by all runtimes so any fake can unwrap what the bundle hands back.
const targets = new WeakMap<object, object>();

/** The fake behind a bundle-side proxy (or the value itself when it is not one). */
export function unwrap<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  return (targets.get(value) as T | undefined) ?? value;
}

/** Wraps fakes for the bundle; one proxy per fake, so identity (`===`) holds across calls. */
export class Boundary {
  private readonly proxies = new WeakMap<object, object>();

  constructor(
    readonly counter: CallCounter,
    private readonly realm: Realm,
    /** Checked before each call (`Type.method`): throws when the manifest's scopes do not allow it. */
    private readonly guard: (key: string) => void = () => undefined,
  ) {}

  /** The bundle-facing proxy of a fake. */
  expose<T extends Emulated>(target: T): T {
    if (targets.has(target)) return target;
    const known = this.proxies.get(target);
    if (known) return known as T;
    const proxy = new Proxy<T>(target, this.handler(target[APPS_SCRIPT_TYPE]));
    this.proxies.set(target, proxy);
    targets.set(proxy, target);
    return proxy;
  }

  /** Converts a fake's result for the bundle: fakes become proxies, lists become realm arrays. */
  private exposeResult(result: unknown): unknown {
    if (isEmulated(result)) return this.expose(result);
    if (!Array.isArray(result) || result.length === 0) return result;
    const first: unknown = result[0];
    if (isEmulated(first)) return this.realm.list(result.map((item: Emulated) => this.expose(item)));
    // 2-D lists of fakes (getDataValidations): recognised by their first row.
    if (Array.isArray(first) && first.some(isEmulated))
      return this.realm.list(
        result.map((row: unknown[]) =>
          this.realm.list(row.map((item) => (isEmulated(item) ? this.expose(item) : item))),
        ),
      );
    return result;
  }

  private handler<T extends Emulated>(typeName: string): ProxyHandler<T> {
    const wrappers = new Map<string, (...args: unknown[]) => unknown>();
    const boundary = this;
    return {
      get(target, prop, receiver) {
        if (typeof prop === 'symbol') return Reflect.get(target, prop);
        const value: unknown = Reflect.get(target, prop);
        if (typeof value === 'function' && !prop.startsWith('_') && prop !== 'constructor') {
          let wrapper = wrappers.get(prop);
          if (!wrapper) {
            const method = value as (...args: unknown[]) => unknown;
            const key = `${typeName}.${prop}`;
            wrapper = function (this: unknown, ...args: unknown[]) {
              boundary.counter.add(key);
              let result: unknown;
              try {
                boundary.guard(key);
                result = method.apply(target, args);
              } catch (error) {
                throw boundary.toBundleError(error);
              }
              return result === target ? receiver : boundary.exposeResult(result);
            };
            wrappers.set(prop, wrapper);
          }
          return wrapper;
        }
        // Collections of advanced services (Drive.Files, Sheets.Spreadsheets.Values) are counted too.
        if (/^[A-Z]/.test(prop) && Object.hasOwn(target, prop))
          return isEmulated(value) ? boundary.expose(value) : value;
        if (PROBES.has(prop)) return undefined;
        throw boundary.realm.error(`Emulator: ${typeName}.${prop} is not implemented`);
      },
      set(target, prop, value) {
        if (typeof prop === 'string' && isOpen(target)) {
          target._assign(prop, value);
          return true;
        }
        throw boundary.realm.error(`Emulator: setting ${typeName}.${String(prop)} is not implemented`);
      },
      has(target, prop) {
        return Reflect.has(target, prop);
      },
    };
  }

  /**
   * Host errors become realm errors with the same message (named `Exception`, or as an advanced
   * service names its errors, e.g. `GoogleJsonResponseException`); bundle errors pass through.
   */
  toBundleError(error: unknown): unknown {
    if (error instanceof Error)
      return this.realm.error(error.message, error instanceof ApiError ? error.name : undefined);
    return error;
  }
}

/** An advanced service's error (`GoogleJsonResponseException: API call to … failed with error: …`). */
export class ApiError extends Error {
  constructor(method: string, message: string) {
    super(`API call to ${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
  }
}

/** A fake whose bundle-side property assignments are kept (HtmlTemplate's variables). */
interface OpenEmulated extends Emulated {
  _assign(name: string, value: unknown): void;
}

function isOpen(target: Emulated): target is OpenEmulated {
  return typeof (target as Partial<OpenEmulated>)._assign === 'function';
}

/** True for a fake Apps Script object. */
export function isEmulated(value: unknown): value is Emulated {
  return typeof value === 'object' && value !== null && APPS_SCRIPT_TYPE in value;
}

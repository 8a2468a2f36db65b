/**
 * Typing of the emulated subsets against `@types/google-apps-script`: a fake class declares
 * `implements Emulates<GoogleAppsScript.Spreadsheet.Range, 'getValues' | …>`, so each method it
 * provides must accept the real parameters (last overload) and return the real primitive types.
 */

type Primitive = string | boolean | null | undefined;

type IsExactly<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

// Numeric enums are runtime strings here (see enums.ts); only a plain `number` stays a number.
type NumberResult<R> = IsExactly<R, number> extends true ? number : unknown;

// Methods that return Apps Script objects return our fakes, so only primitive results and arrays
// of primitives are held to the real type.
type EmulatedResult<R> = R extends Primitive
  ? R
  : R extends number
    ? NumberResult<R>
    : R extends readonly (infer E)[]
      ? E extends Primitive | number | readonly unknown[]
        ? R
        : unknown
      : unknown;

/** The methods K of the Apps Script interface T, with their real parameters. */
export type Emulates<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => EmulatedResult<R> : never;
};

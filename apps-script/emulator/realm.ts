/**
 * The bundle's own JavaScript realm (a `node:vm` context). Arrays, dates, plain objects and errors
 * handed to the bundle are made in its realm, so `instanceof Date` / `instanceof Error` in add-on
 * code behave as on Apps Script.
 */
import { type Context, compileFunction, createContext } from 'node:vm';

export interface Realm {
  readonly context: Context;
  /** Copies a 2-D grid of cell values (host Dates included) into the bundle's realm. */
  grid(rows: readonly (readonly unknown[])[]): unknown[][];
  /**
   * The values of a block of cells as a grid of the bundle's realm, read in one pass: `rows[r]`
   * holds the cells of the block's row r (sparse, index 0 is column 1), "" where none was set.
   */
  values(
    rows: readonly (readonly ({ value: unknown } | undefined)[] | undefined)[],
    firstColumn: number,
    numColumns: number,
  ): unknown[][];
  /** Copies a list into an array of the bundle's realm. */
  list<T>(items: readonly T[]): T[];
  /** Copies a string record into a plain object of the bundle's realm. */
  record(entries: Readonly<Record<string, string>>): Record<string, string>;
  /** Copies a host Date into the bundle's realm. */
  date(value: Date): Date;
  /** An Error of the bundle's realm, named like Apps Script's (`Exception: …`) unless named. */
  error(message: string, name?: string): Error;
  /** A JSON-like host value (an API response) rebuilt as objects and arrays of the bundle's realm. */
  json<T>(value: T): T;
}

const HELPERS = `
return {
  grid: function (rows) {
    var out = new Array(rows.length);
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var copy = new Array(row.length);
      for (var j = 0; j < row.length; j++) {
        var v = row[j];
        copy[j] = v !== null && typeof v === 'object' ? new Date(v.getTime()) : v;
      }
      out[i] = copy;
    }
    return out;
  },
  values: function (rows, firstColumn, numColumns) {
    var out = new Array(rows.length);
    var start = firstColumn - 1;
    for (var i = 0; i < rows.length; i++) {
      var cells = rows[i];
      var copy = new Array(numColumns);
      for (var j = 0; j < numColumns; j++) {
        var cell = cells === undefined ? undefined : cells[start + j];
        var v = cell === undefined ? undefined : cell.value;
        if (v === undefined || v === null) v = '';
        copy[j] = v !== null && typeof v === 'object' ? new Date(v.getTime()) : v;
      }
      out[i] = copy;
    }
    return out;
  },
  list: function (items) { return Array.prototype.slice.call(items); },
  record: function (entries) { var out = {}; for (var k in entries) out[k] = entries[k]; return out; },
  date: function (ms) { return new Date(ms); },
  error: function (message, name) { var e = new Error(message); e.name = name || 'Exception'; return e; },
  json: function (text) { return JSON.parse(text); },
  installClock: function (now) {
    var RealDate = Date;
    var ClockDate = function Date() {
      if (!new.target) return new RealDate(now()).toString();
      if (arguments.length === 0) return Reflect.construct(RealDate, [now()], new.target);
      return Reflect.construct(RealDate, Array.prototype.slice.call(arguments), new.target);
    };
    ClockDate.prototype = RealDate.prototype;
    ClockDate.now = function () { return now(); };
    ClockDate.UTC = RealDate.UTC;
    ClockDate.parse = RealDate.parse;
    Object.defineProperty(RealDate.prototype, 'constructor', { value: ClockDate, writable: true, configurable: true });
    globalThis.Date = ClockDate;
  }
};`;

interface Helpers {
  grid(rows: readonly (readonly unknown[])[]): unknown[][];
  values: Realm['values'];
  list<T>(items: readonly T[]): T[];
  record(entries: Readonly<Record<string, string>>): Record<string, string>;
  date(ms: number): Date;
  error(message: string, name?: string): Error;
  json(text: string): unknown;
  installClock(now: () => number): void;
}

/** Makes an empty realm (JS built-ins only); `now`, when given, drives the bundle's `new Date()`. */
export function createRealm(now?: () => Date): Realm {
  const context = createContext({}, { name: 'apps-script' });
  const helpers = compileFunction(HELPERS, [], { parsingContext: context })() as Helpers;
  if (now) helpers.installClock(() => now().getTime());
  return {
    context,
    grid: (rows) => helpers.grid(rows),
    values: (rows, firstColumn, numColumns) => helpers.values(rows, firstColumn, numColumns),
    list: (items) => helpers.list(items),
    record: (entries) => helpers.record(entries),
    date: (value) => helpers.date(value.getTime()),
    error: (message, name) => helpers.error(message, name),
    json: <T>(value: T) => (value === undefined ? value : (helpers.json(JSON.stringify(value)) as T)),
  };
}

/** What every fake shares within one runtime: the bundle's realm, the recorders and the clock. */
import type { DriveStore } from './drive.ts';
import type { FakeSpreadsheet } from './fake-spreadsheet.ts';
import type { Realm } from './realm.ts';
import type { ScopeGuard } from './scopes.ts';
import type { UiLog } from './ui.ts';

/** Who runs the current execution and whether it has a UI (menus, dialogs) or is a web app. */
export interface Execution {
  ui: boolean;
  activeUser: string;
  effectiveUser: string;
}

/** Shared state of one emulated runtime. */
export interface Env {
  readonly realm: Realm;
  readonly ui: UiLog;
  readonly drive: DriveStore;
  /** Spreadsheets other than the bound one (made through the advanced Drive service), by id. */
  readonly spreadsheets: Map<string, FakeSpreadsheet>;
  /** What the manifest's scopes allow. */
  readonly scopes: ScopeGuard;
  readonly execution: Execution;
  readonly now: () => Date;
  readonly scriptTimeZone: string;
  /** A new id, unique within the runtime (charts, sheets). */
  nextId(): number;
}

/** `Invalid argument` errors as Apps Script words them for a wrong call signature. */
export function signatureError(service: string, method: string, args: readonly unknown[]): Error {
  const types = args.map(typeName).join(',');
  return new Error(`The parameters (${types}) don't match the method signature for ${service}.${method}.`);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Object[]';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (value === undefined) return 'undefined';
  return 'Object';
}

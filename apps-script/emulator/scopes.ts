/**
 * Scope enforcement: a call runs only when the manifest declares one of the scopes Google's
 * reference lists for it, and otherwise fails with Apps Script's own message. A manifest without
 * `oauthScopes` is not enforced (Apps Script then asks for whatever the code uses).
 */
import { ADVANCED_SCOPES } from './advanced-scopes.ts';
import type { Manifest } from './manifest.ts';
import { SCOPE_TABLE } from './scope-table.ts';
import { ApiError } from './tracking.ts';

const AUTH = 'https://www.googleapis.com/auth/';

// Namespaces of the reference in the order an emulated type name is looked up: the emulator's
// `User` is Base.User, its `Range` the spreadsheet's, its `File` Drive's.
const NAMESPACES = [
  'Spreadsheet',
  'Base',
  'Drive',
  'Script',
  'Mail',
  'Calendar',
  'Document',
  'Gmail',
  'URL_Fetch',
];

const typeNamespace = new Map<string, string>();
for (const key of Object.keys(SCOPE_TABLE)) {
  const [namespace = '', type = ''] = key.split('.');
  const known = typeNamespace.get(type);
  if (known === undefined || NAMESPACES.indexOf(namespace) < NAMESPACES.indexOf(known))
    typeNamespace.set(type, namespace);
}

/** The scopes (short names) any one of which allows `Type.method`; empty when none is needed. */
export function scopesFor(key: string): readonly string[] {
  const advanced = ADVANCED_SCOPES[key];
  if (advanced) return advanced.scopes;
  const dot = key.indexOf('.');
  const namespace = typeNamespace.get(key.slice(0, dot));
  return (namespace && SCOPE_TABLE[`${namespace}.${key}`]) || [];
}

/** What the manifest grants. */
export class ScopeGuard {
  private readonly granted: ReadonlySet<string> | undefined;

  constructor(manifest?: Manifest) {
    const scopes = manifest?.oauthScopes;
    this.granted = scopes ? new Set(scopes.map((s) => s.replace(AUTH, ''))) : undefined;
  }

  /** True when scopes are enforced and `scope` (short name) is granted, or when not enforced. */
  has(scope: string): boolean {
    return this.granted === undefined || this.granted.has(scope);
  }

  /** True when any of the scopes is granted (or nothing is enforced). */
  hasAny(scopes: readonly string[]): boolean {
    return this.granted === undefined || scopes.some((s) => this.granted?.has(s));
  }

  /** Throws Apps Script's refusal when the call's scopes are not granted. */
  check(key: string): void {
    const needed = scopesFor(key);
    if (needed.length === 0 || this.hasAny(needed)) return;
    const advanced = ADVANCED_SCOPES[key];
    if (advanced) throw new ApiError(advanced.rest, 'Request had insufficient authentication scopes.');
    const urls = needed.map((s) => AUTH + s);
    const required = urls.length === 1 ? urls[0] : `(${urls.join(' || ')})`;
    throw new Error(`You do not have permission to call ${key}. Required permissions: ${required}`);
  }
}

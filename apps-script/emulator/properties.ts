/** PropertiesService: script, document and user stores with Apps Script's size limits. */
import type { Emulates } from './emulates.ts';
import type { Realm } from './realm.ts';
import { APPS_SCRIPT_TYPE, type Emulated, type Service } from './tracking.ts';

const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

type PropertiesApi = GoogleAppsScript.Properties.Properties;

/** One property store. */
export class FakeProperties
  implements
    Emulated,
    Emulates<PropertiesApi, 'getProperty' | 'getKeys' | 'deleteAllProperties' | 'deleteProperty'>
{
  readonly [APPS_SCRIPT_TYPE] = 'Properties';
  readonly entries = new Map<string, string>();

  constructor(
    private readonly realm: Realm,
    initial?: Record<string, string>,
  ) {
    for (const [key, value] of Object.entries(initial ?? {})) this.entries.set(key, value);
  }

  private check(next: Map<string, string>): void {
    let total = 0;
    for (const [key, value] of next) {
      const size = Buffer.byteLength(key) + Buffer.byteLength(value);
      if (Buffer.byteLength(value) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
      total += size;
    }
    if (total > MAX_STORE_BYTES)
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
  }

  getProperty(key: string): string | null {
    return this.entries.get(String(key)) ?? null;
  }
  setProperty(key: string, value: unknown): this {
    const next = new Map(this.entries).set(String(key), String(value));
    this.check(next);
    this.entries.set(String(key), String(value));
    return this;
  }
  getProperties(): Record<string, string> {
    return this.realm.record(Object.fromEntries(this.entries));
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.entries);
    for (const [key, value] of Object.entries(properties)) next.set(key, String(value));
    this.check(next);
    this.entries.clear();
    for (const [key, value] of next) this.entries.set(key, value);
    return this;
  }
  getKeys(): string[] {
    return this.realm.list([...this.entries.keys()]);
  }
  deleteProperty(key: string): this {
    this.entries.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.entries.clear();
    return this;
  }
  /** Plain copy for snapshots. */
  _toRecord(): Record<string, string> {
    return Object.fromEntries(this.entries);
  }
}

/** The three stores. */
export interface PropertyStores {
  script: FakeProperties;
  document: FakeProperties;
  user: FakeProperties;
}

/** PropertiesService. */
export function createPropertiesService(stores: PropertyStores): Service {
  return {
    [APPS_SCRIPT_TYPE]: 'PropertiesService',
    getScriptProperties: () => stores.script,
    getDocumentProperties: () => stores.document,
    getUserProperties: () => stores.user,
  } satisfies Emulated &
    Record<string, unknown> &
    Emulates<
      GoogleAppsScript.Properties.PropertiesService,
      'getScriptProperties' | 'getDocumentProperties' | 'getUserProperties'
    >;
}

/** createRuntime: one emulated Apps Script project bound to one spreadsheet, with inspection. */
import type { CellValue } from './cell-input.ts';
import { createContentService } from './content.ts';
import { DriveStore } from './drive.ts';
import { createDriveAdvanced, GOOGLE_SHEET } from './drive-advanced.ts';
import { createDriveApp } from './drive-file.ts';
import { ChartType, MimeType } from './enums.ts';
import type { Env, Execution } from './env.ts';
import { FakeSpreadsheet } from './fake-spreadsheet.ts';
import { createHtmlService } from './html.ts';
import { createLockService, LockState } from './lock.ts';
import { createMailApp, MailLog } from './mail-app.ts';
import { enabledService, type Manifest } from './manifest.ts';
import { createPropertiesService, FakeProperties, type PropertyStores } from './properties.ts';
import { createRealm, type Realm } from './realm.ts';
import { ScopeGuard } from './scopes.ts';
import { createTriggerMethods, TriggerStore } from './script-app.ts';
import { createLoggers, createScriptApp, createSession, type LogRecord } from './session.ts';
import { createSheetsAdvanced } from './sheets-advanced.ts';
import { loadCharts, loadSheet, snapshotSheet } from './snapshot.ts';
import { createSpreadsheetApp } from './spreadsheet-app.ts';
import { APPS_SCRIPT_TYPE, Boundary, CallCounter, type Emulated } from './tracking.ts';
import { type UiAnswer, UiLog } from './ui.ts';
import { createUtilities } from './utilities.ts';
import type { WorkbookData } from './workbook-data.ts';

/** How to set up a runtime. */
export interface RuntimeOptions {
  /** The workbook to start from; default: one empty "Sheet1". */
  workbook?: WorkbookData;
  /** Clock for the bundle's `new Date()` / `Date.now()`; default: real time. */
  now?: () => Date;
  /** Session.getActiveUser(); also the spreadsheet's owner for a new workbook. */
  activeUser?: string;
  /** Session.getEffectiveUser(); default: activeUser. */
  effectiveUser?: string;
  spreadsheetId?: string;
  spreadsheetName?: string;
  /** ScriptApp.getService().getUrl(). */
  scriptUrl?: string;
  scriptId?: string;
  /** Spreadsheet and script time zone; default: this process's (so the bundle's local dates agree). */
  timeZone?: string;
  /** false for web-app executions: SpreadsheetApp.getUi() throws. Default true. */
  ui?: boolean;
  /** Answers for the next alerts/prompts, in order. */
  uiResponses?: UiAnswer[];
  /**
   * The project's appsscript.json: its oauthScopes are enforced on every call and its enabled
   * advanced services (Drive v3, Sheets v4) become globals. Without one, nothing is enforced and
   * no advanced service exists.
   */
  manifest?: Manifest;
  /** MailApp's recipients left today; default 100 (a consumer account). */
  mailQuota?: number;
}

/** Host-side access to the workbook. */
export interface WorkbookHandle {
  /** The fake spreadsheet itself (not counted; for emulator code and tests). */
  readonly fake: FakeSpreadsheet;
  /** Serialisable copy of the workbook, properties and sharing. */
  snapshot(): WorkbookData;
  /** Replaces the workbook, properties and sharing with saved data. */
  load(data: WorkbookData): void;
  /** A tab's content rectangle (host values, "" for empty), or undefined when there is no such tab. */
  values(sheetName: string): CellValue[][] | undefined;
}

/** An emulated Apps Script runtime and what it recorded. */
export interface Runtime {
  /** The Apps Script globals as the bundle sees them (counted, failing loudly). */
  readonly globals: Readonly<Record<string, unknown>>;
  readonly realm: Realm;
  readonly calls: CallCounter;
  readonly ui: UiLog;
  readonly drive: DriveStore;
  readonly locks: LockState;
  readonly logs: LogRecord[];
  readonly properties: PropertyStores;
  readonly spreadsheet: WorkbookHandle;
  /** Settings of the current execution (mutable: ui, users). */
  readonly execution: Execution;
  /** Another spreadsheet the script made (through the advanced Drive service), by id. */
  spreadsheetById(id: string): WorkbookHandle | undefined;
  /** Puts a spreadsheet this script made earlier back into Drive (the local workbook's second file). */
  loadCreatedSpreadsheet(data: WorkbookData): void;
  /** Installable triggers, for every user of the project. */
  readonly triggers: TriggerStore;
  /** Emails MailApp sent, and the quota left. */
  readonly mail: MailLog;
  /** Runs fn as one execution with these settings; locks are released and settings restored after. */
  execute<T>(fn: () => T, settings?: Partial<Execution>): T;
}

const DEFAULT_USER = 'you@example.org';

/** Makes an emulated runtime (see RuntimeOptions); load a bundle into it with loadBundle. */
export function createRuntime(options: RuntimeOptions = {}): Runtime {
  const realm = createRealm(options.now);
  const calls = new CallCounter();
  const scopes = new ScopeGuard(options.manifest);
  const boundary = new Boundary(calls, realm, (key) => scopes.check(key));
  const ui = new UiLog();
  ui.answer(...(options.uiResponses ?? []));
  const activeUser = options.activeUser ?? DEFAULT_USER;
  const execution: Execution = {
    ui: options.ui ?? true,
    activeUser,
    effectiveUser: options.effectiveUser ?? activeUser,
  };
  let lastId = 0;
  const timeZone =
    options.timeZone ?? options.workbook?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const env: Env = {
    realm,
    ui,
    drive: new DriveStore(),
    spreadsheets: new Map(),
    scopes,
    execution,
    now: options.now ?? (() => new Date()),
    scriptTimeZone: timeZone,
    nextId: () => {
      lastId += 1;
      return lastId;
    },
  };
  const properties: PropertyStores = {
    script: new FakeProperties(realm),
    document: new FakeProperties(realm),
    user: new FakeProperties(realm),
  };
  let spreadsheet = newSpreadsheet(env, options, timeZone);
  const locks = new LockState();
  const logs: LogRecord[] = [];

  const build = (data: WorkbookData): FakeSpreadsheet => {
    const built = new FakeSpreadsheet(env, data.id, data.name, data.timeZone);
    lastId = Math.max(
      lastId,
      ...data.sheets.map((s) => s.sheetId),
      ...data.sheets.flatMap((s) => (s.charts ?? []).map((c) => Number(c.id) || 0)),
    );
    for (const s of data.sheets)
      loadSheet(built._addSheet(s.name, undefined, s.maxRows, s.maxColumns, s.sheetId), s);
    data.sheets.forEach((s, i) => {
      const sheet = built._sheets[i];
      if (sheet) loadCharts(built, sheet, s.charts ?? []);
    });
    built._active = built._sheets.find((s) => s.getName() === data.activeSheet);
    return built;
  };
  const load = (data: WorkbookData) => {
    // Sheets and protections ask Drive for the owner: register the file first.
    env.drive.register(data.id, activeUser, data.drive);
    spreadsheet = build(data);
    for (const key of ['script', 'document', 'user'] as const) {
      properties[key].entries.clear();
      for (const [k, v] of Object.entries(data.properties?.[key] ?? {})) properties[key].entries.set(k, v);
    }
  };
  if (options.workbook) load(options.workbook);

  const { Logger, console } = createLoggers(logs);
  const triggers = new TriggerStore();
  const mail = new MailLog(options.mailQuota);
  const services: Record<string, Emulated> = {
    SpreadsheetApp: createSpreadsheetApp(env, () => spreadsheet),
    PropertiesService: createPropertiesService(properties),
    LockService: createLockService(locks),
    ContentService: createContentService(),
    HtmlService: createHtmlService(),
    Utilities: createUtilities(env),
    Session: createSession(env),
    ScriptApp: {
      ...createScriptApp(
        options.scriptId ?? 'EMULATED_SCRIPT_ID',
        options.scriptUrl ?? 'https://script.google.com/macros/s/EMULATED_DEPLOYMENT_ID/exec',
      ),
      ...createTriggerMethods(env, triggers),
    },
    MailApp: createMailApp(env, mail),
    DriveApp: createDriveApp(env, () => spreadsheet.getName()),
    ...(enabledService(options.manifest, 'drive', 'v3') ? { Drive: createDriveAdvanced(env) } : {}),
    ...(enabledService(options.manifest, 'sheets', 'v4')
      ? { Sheets: createSheetsAdvanced(env, () => spreadsheet) }
      : {}),
    Charts: { [APPS_SCRIPT_TYPE]: 'Charts', ChartType } as Emulated,
    MimeType: { [APPS_SCRIPT_TYPE]: 'MimeType', ...MimeType } as Emulated,
    Logger,
    console,
  };
  const globals = Object.fromEntries(Object.entries(services).map(([name, s]) => [name, boundary.expose(s)]));
  const handleOf = (current: () => FakeSpreadsheet): WorkbookHandle => ({
    get fake() {
      return current();
    },
    snapshot: () => snapshotOf(env, current(), properties),
    load,
    values: (name) => {
      const sheet = current()._sheets.find((s) => s.getName() === name);
      return sheet ? snapshotSheet(sheet).values : undefined;
    },
  });

  return {
    globals,
    realm,
    calls,
    ui,
    drive: env.drive,
    locks,
    logs,
    properties,
    execution,
    triggers,
    mail,
    spreadsheet: handleOf(() => spreadsheet),
    spreadsheetById(id) {
      const found = env.spreadsheets.get(id);
      if (!found) return undefined;
      return {
        ...handleOf(() => found),
        snapshot: () => snapshotOf(env, found),
        load: () => {
          throw new Error('Emulator: reload a created spreadsheet with loadCreatedSpreadsheet');
        },
      };
    },
    loadCreatedSpreadsheet(data) {
      env.drive.register(data.id, activeUser, data.drive);
      const file = env.drive.file(data.id);
      Object.assign(file, { name: data.name, mimeType: GOOGLE_SHEET, createdByApp: true });
      env.spreadsheets.set(data.id, build(data));
    },
    execute<T>(fn: () => T, settings: Partial<Execution> = {}): T {
      const saved = { ...execution };
      Object.assign(execution, settings);
      try {
        return fn();
      } finally {
        Object.assign(execution, saved);
        locks.releaseAll();
      }
    },
  };
}

function snapshotOf(env: Env, spreadsheet: FakeSpreadsheet, properties?: PropertyStores): WorkbookData {
  return {
    id: spreadsheet.getId(),
    name: spreadsheet.getName(),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    ...(spreadsheet._active ? { activeSheet: spreadsheet._active.getName() } : {}),
    sheets: spreadsheet._sheets.map(snapshotSheet),
    ...(properties
      ? {
          properties: {
            script: properties.script._toRecord(),
            document: properties.document._toRecord(),
            user: properties.user._toRecord(),
          },
        }
      : {}),
    drive: env.drive.snapshot(spreadsheet.getId()),
  };
}

function newSpreadsheet(env: Env, options: RuntimeOptions, timeZone: string): FakeSpreadsheet {
  const id = options.spreadsheetId ?? 'EMULATED_SPREADSHEET_ID';
  const spreadsheet = new FakeSpreadsheet(env, id, options.spreadsheetName ?? 'Partnerkit', timeZone);
  spreadsheet._addSheet('Sheet1');
  env.drive.register(id, options.activeUser ?? DEFAULT_USER);
  return spreadsheet;
}

/**
 * The add-on bundle running against the workbook file: one runtime, executions one at a time
 * (each bundle call is synchronous, so posts can never interleave), and every change saved
 * atomically before its answer is sent (group commit). A file changed on disk by someone else
 * (a person editing it in LibreOffice or Excel) is read back before the next execution, so their
 * edits are never overwritten.
 */
import { stat } from 'node:fs/promises';
import {
  type BundleFunction,
  createRuntime,
  type DialogAnswerRecord,
  type HtmlDialogRecord,
  loadBundle,
  type Runtime,
  type ToastRecord,
  textOutputOf,
  type UiAnswer,
} from '../apps-script/emulator/index.ts';
import type { BeforeRename } from './atomic-write.ts';
import { tokenFromDialog } from './clipper-token.ts';
import { seedDemo, setUpNewWorkbook } from './demo-seed.ts';
import { GroupSave } from './group-save.ts';
import { loadWorkbookFile, saveWorkbookFile, workbookPath } from './workbook-file.ts';

/** How to open the local workbook. */
export interface LocalWorkbookOptions {
  dataDir: string;
  /** The built add-on (apps-script/dist/Code.js). */
  bundleCode: string;
  /** What ScriptApp.getService().getUrl() answers: the local /exec URL. */
  scriptUrl: string;
  /** Seed a new workbook with the demo (default true). */
  seed?: boolean;
  /** Test hook for the atomic save. */
  beforeRename?: BeforeRename;
}

/** An HTTP answer of doGet/doPost, as Google's web app would send it. */
export interface ExecAnswer {
  body: string;
  contentType: string;
}

/** What a tool run showed. */
export interface ToolRun {
  ok: boolean;
  error?: string;
  toasts: ToastRecord[];
  alerts: DialogAnswerRecord[];
  dialogs: HtmlDialogRecord[];
  calls: number;
}

const JSON_TYPE = 'application/json; charset=utf-8';

// Service methods that change the workbook, its properties or its sharing.
const MUTATION = /^\w+\.(set|append|insert|delete|clear|add|remove|protect|hide|show|rename|update|auto)/;

/** The message of an error from either realm (the bundle's errors are not host `Error`s). */
function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}

function errorPage(message: string): ExecAnswer {
  const text = message.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return {
    body: `<!DOCTYPE html><html><body><p>${text}</p></body></html>`,
    contentType: 'text/html; charset=utf-8',
  };
}

/** The workbook file served by the add-on bundle. */
export class LocalWorkbook {
  /** The last Clipper token a connectClipper run showed (undefined until one ran). */
  lastToken: string | undefined;
  private readonly saver: GroupSave;
  /** mtime and size of the file as this process last read or wrote it. */
  private stamp: string | undefined;
  /** Serialises reading the file back, so no execution runs on a half-refreshed workbook. */
  private refreshed: Promise<void> = Promise.resolve();

  private constructor(
    readonly path: string,
    readonly runtime: Runtime,
    readonly fns: Record<string, BundleFunction>,
    beforeRename?: BeforeRename,
  ) {
    // The snapshot is taken synchronously, so it holds every change made before the save began.
    this.saver = new GroupSave(async () => {
      const data = runtime.spreadsheet.snapshot();
      await saveWorkbookFile(path, data, beforeRename);
      this.stamp = await fileStamp(path);
    });
  }

  /** Opens (or creates and seeds) the workbook in `dataDir`; a corrupt or foreign file throws. */
  static async open(options: LocalWorkbookOptions): Promise<LocalWorkbook> {
    const path = workbookPath(options.dataDir);
    const saved = await loadWorkbookFile(path);
    const runtime = createRuntime({
      ...(saved ? { workbook: saved } : { spreadsheetName: 'Partnerkit (local)' }),
      scriptUrl: options.scriptUrl,
      spreadsheetId: saved?.id ?? 'local-workbook',
    });
    const fns = loadBundle(options.bundleCode, runtime, 'Code.js');
    const workbook = new LocalWorkbook(path, runtime, fns, options.beforeRename);
    workbook.stamp = await fileStamp(path);
    if (!saved) {
      setUpNewWorkbook(runtime, fns);
      if (options.seed ?? true) seedDemo(runtime, fns, new Date());
      await workbook.saver.request();
    }
    workbook.execute('onOpen', true, () => fns.onOpen?.({ authMode: 'FULL' }));
    return workbook;
  }

  /** The bundle's global functions. */
  get functionNames(): ReadonlySet<string> {
    return new Set(Object.keys(this.fns));
  }

  // One execution: counts reset so `runtime.calls` always describes the latest one.
  private execute<T>(
    label: string,
    ui: boolean,
    run: () => T,
  ): { result?: T; error?: unknown; mutated: boolean } {
    this.runtime.calls.reset();
    try {
      const result = this.runtime.execute(run, { ui });
      return { result, mutated: this.mutated() };
    } catch (error) {
      console.error(`Partnerkit local: ${label} failed:`, error);
      return { error, mutated: this.mutated() };
    }
  }

  private mutated(): boolean {
    return Object.keys(this.runtime.calls.toJSON()).some((key) => MUTATION.test(key));
  }

  /**
   * Reads the file back when it changed on disk since this process last read or wrote it. Skipped
   * while a save is pending: memory is then ahead of the file and the save will stamp it.
   */
  refreshFromDisk(): Promise<void> {
    const next = this.refreshed.then(async () => {
      if (this.saver.busy) return;
      const now = await fileStamp(this.path);
      if (now === this.stamp || now === undefined) return;
      const data = await loadWorkbookFile(this.path);
      if (data) this.runtime.spreadsheet.load(data);
      this.stamp = now;
    });
    this.refreshed = next.catch(() => undefined);
    return next;
  }

  /** Runs doGet or doPost with an Apps Script event; saves before answering when it changed anything. */
  async exec(method: 'doGet' | 'doPost', event: Record<string, unknown>): Promise<ExecAnswer> {
    const fn = this.fns[method];
    if (!fn) return errorPage(`Script function not found: ${method}`);
    try {
      await this.refreshFromDisk();
    } catch (readError) {
      // Never write over a file that someone changed into something we cannot read.
      const message = `The workbook file changed on disk and cannot be read: ${messageOf(readError)}`;
      return {
        body: JSON.stringify({ ok: false, error: { code: 'busy', message } }),
        contentType: JSON_TYPE,
      };
    }
    const { result, error, mutated } = this.execute(method, false, () => fn(event));
    if (mutated) {
      try {
        await this.saver.request();
      } catch (saveError) {
        // Not on disk, so not acknowledged: "busy" makes the Clipper keep the clips and retry.
        console.error('Partnerkit local: saving the workbook failed:', saveError);
        const message = `Could not save the workbook: ${messageOf(saveError)}`;
        return {
          body: JSON.stringify({ ok: false, error: { code: 'busy', message } }),
          contentType: JSON_TYPE,
        };
      }
    }
    if (error !== undefined) return errorPage(messageOf(error));
    const output = textOutputOf(result);
    if (!output) return errorPage('The script completed but did not return anything.');
    return { body: output.content, contentType: output.contentType };
  }

  /** Runs a menu tool with a UI; `answers` reply to its alerts and prompts in order. */
  async runTool(name: string, answers: UiAnswer[] = []): Promise<ToolRun> {
    const fn = this.fns[name];
    if (!fn)
      return { ok: false, error: `No such tool: ${name}`, toasts: [], alerts: [], dialogs: [], calls: 0 };
    try {
      await this.refreshFromDisk();
    } catch (readError) {
      const error = `The workbook file changed on disk and cannot be read: ${messageOf(readError)}`;
      return { ok: false, error, toasts: [], alerts: [], dialogs: [], calls: 0 };
    }
    const ui = this.runtime.ui;
    const menus = ui.menus;
    ui.clear();
    ui.menus = menus;
    ui.answer(...answers);
    const { error, mutated } = this.execute(name, true, () => fn());
    for (const dialog of ui.dialogs) this.lastToken = tokenFromDialog(dialog.html) ?? this.lastToken;
    let failure = error === undefined ? undefined : messageOf(error);
    if (mutated)
      await this.saver.request().catch((saveError: unknown) => {
        failure = `Could not save the workbook: ${messageOf(saveError)}`;
      });
    return {
      ok: failure === undefined,
      ...(failure === undefined ? {} : { error: failure }),
      toasts: [...ui.toasts],
      alerts: [...ui.alerts],
      dialogs: [...ui.dialogs],
      calls: this.runtime.calls.total(),
    };
  }

  /** Saves now (after a change made outside the bundle, e.g. installing a token). */
  save(): Promise<void> {
    return this.saver.request();
  }

  /** Waits for pending saves. */
  close(): Promise<void> {
    return this.saver.idle();
  }
}

/** mtime and size of a file, or undefined when it does not exist. */
async function fileStamp(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    return `${info.mtimeMs}:${info.size}`;
  } catch {
    return undefined;
  }
}

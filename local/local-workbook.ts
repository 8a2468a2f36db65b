/**
 * The add-on bundle running against the workbook file: one runtime, executions one at a time
 * (each bundle call is synchronous, so posts never interleave). Clips are acknowledged once the
 * journal holds them on disk; the xlsx is written after, batched, only when the workbook's state
 * changed, and never over a file someone else saved: that file is read back first and the
 * journal's entries it lacks are applied again.
 */

import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type BundleFunction,
  createRuntime,
  type DialogAnswerRecord,
  type HtmlDialogRecord,
  htmlOutputOf,
  loadBundle,
  type Runtime,
  readManifest,
  type ToastRecord,
  textOutputOf,
  type UiAnswer,
} from '../apps-script/emulator/index.ts';
import type { BeforeRename } from './atomic-write.ts';
import { installToken, tokenFromDialog } from './clipper-token.ts';
import { seedDemo, setUpNewWorkbook } from './demo-seed.ts';
import { exportNewDocuments, type SavedDocument } from './documents/export-documents.ts';
import { PARTNER_ROOM_DOWNLOAD, PartnerRoomFile } from './partner-room-file.ts';
import { applyEdit, type CellEdit, type EditRefusal, type EditResult, parseEdit } from './save/cell-edit.ts';
import { clipsToJournal, isSavedAnswer } from './save/clip-request.ts';
import { fingerprintOf } from './save/fingerprint.ts';
import { Journal } from './save/journal.ts';
import { SaveLoop } from './save/save-loop.ts';
import { type ReadWorkbook, WorkbookStore, withHeldSeq } from './save/workbook-store.ts';
import { XlsxEncoder } from './save/xlsx-encoder.ts';
import { workbookPath } from './workbook-file.ts';

// The add-on's own manifest: the local workbook grants the bundle the scopes and advanced
// services a Google deployment would, no more.
const MANIFEST_PATH = fileURLToPath(new URL('../apps-script/appsscript.json', import.meta.url));

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
  /** Documents the run created, written as .docx beside the workbook. */
  documents?: SavedDocument[];
  /** The page's download address of the Partner room, after a sharing run that has one. */
  roomDownload?: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
/** File name of the journal beside the workbook. */
export const JOURNAL_FILE = 'partnerkit.journal';

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

function busy(message: string): ExecAnswer {
  return { body: JSON.stringify({ ok: false, error: { code: 'busy', message } }), contentType: JSON_TYPE };
}

/** The workbook file served by the add-on bundle. */
export class LocalWorkbook {
  /** The last Clipper token a connectClipper run showed or the server installed. */
  lastToken: string | undefined;
  /** How many times the workbook was replaced by a file someone else saved. */
  reloads = 0;
  private readonly saves: SaveLoop;
  /** Fingerprint of the snapshot the file holds. */
  private savedFingerprint: string | undefined;
  /** The last journal entry the workbook in memory holds (all before it too). */
  private heldSeq = 0;
  /** The first entry that could not be applied again (it stays pending), if any. */
  private unapplied: number | undefined;
  private refreshing: Promise<void> | undefined;
  private closing: Promise<void> | undefined;
  /** Drive ids of the documents already written beside the workbook. */
  private readonly exportedDocuments = new Set<string>();

  private constructor(
    readonly path: string,
    readonly runtime: Runtime,
    readonly fns: Record<string, BundleFunction>,
    private readonly store: WorkbookStore,
    readonly journal: Journal,
    private readonly encoder: XlsxEncoder,
    private readonly room: PartnerRoomFile,
  ) {
    this.saves = new SaveLoop(() => this.saveOnce());
  }

  /** Opens (or creates and seeds) the workbook in `dataDir`; a corrupt or foreign file throws. */
  static async open(options: LocalWorkbookOptions): Promise<LocalWorkbook> {
    const path = workbookPath(options.dataDir);
    const store = new WorkbookStore(path, options.beforeRename);
    const saved = await store.readIfChanged();
    const runtime = createRuntime({
      ...(saved ? { workbook: saved.data } : { spreadsheetName: 'Partnerkit (local)' }),
      manifest: readManifest(MANIFEST_PATH),
      scriptUrl: options.scriptUrl,
      spreadsheetId: saved?.data.id ?? 'local-workbook',
    });
    const fns = loadBundle(options.bundleCode, runtime, 'Code.js');
    const journal = Journal.open(`${options.dataDir}/${JOURNAL_FILE}`);
    const room = new PartnerRoomFile(options.dataDir);
    await room.load(runtime);
    const workbook = new LocalWorkbook(path, runtime, fns, store, journal, new XlsxEncoder(), room);
    if (saved) await workbook.adopt(saved, true);
    else {
      // The file went away (moved or deleted by hand): clips it held are not brought back.
      workbook.heldSeq = journal.lastHeld;
      setUpNewWorkbook(runtime, fns);
      if (options.seed ?? true) seedDemo(runtime, fns, new Date());
    }
    workbook.execute('onOpen', true, () => fns.onOpen?.({ authMode: 'FULL' }));
    return workbook;
  }

  /** The bundle's global functions. */
  get functionNames(): ReadonlySet<string> {
    return new Set(Object.keys(this.fns));
  }

  // One execution: counts reset so `runtime.calls` always describes the latest one.
  private execute<T>(label: string, ui: boolean, run: () => T): { result?: T; error?: unknown } {
    this.runtime.calls.reset();
    try {
      return { result: this.runtime.execute(run, { ui }) };
    } catch (error) {
      console.error(`Partnerkit local: ${label} failed:`, error);
      return { error };
    }
  }

  /**
   * Reads the file back when someone else saved it since this process last read or wrote it,
   * then applies again the journal entries it lacks. Concurrent callers share one read.
   */
  refreshFromDisk(force = false): Promise<void> {
    this.refreshing ??= (async () => {
      try {
        if (!force && !(await this.store.mayHaveChanged())) return;
        const read = await this.store.readIfChanged();
        if (read) await this.adopt(read);
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  // The file's workbook replaces the one in memory; the journal's later entries are applied again.
  private async adopt(read: ReadWorkbook, loaded = false): Promise<void> {
    if (!loaded) {
      this.runtime.spreadsheet.load(read.data);
      this.reloads += 1;
    }
    this.journal.continueAfter(read.heldSeq);
    this.heldSeq = read.heldSeq;
    this.unapplied = undefined;
    const baseline = withHeldSeq(this.runtime.spreadsheet.snapshot(), read.heldSeq);
    this.replayJournal();
    this.savedFingerprint = fingerprintOf(baseline);
    if (this.heldSeq > read.heldSeq) this.saves.schedule();
  }

  /** Applies again, through doPost, the journal entries the workbook does not hold. */
  replayJournal(): void {
    const doPost = this.fns.doPost;
    const pending = this.journal.entriesAfter(this.heldSeq);
    if (pending.length === 0) return;
    if (!doPost || !this.lastToken) {
      // Without the accepted token (before pairing) the entries wait for recover().
      this.unapplied ??= pending[0]?.seq;
      return;
    }
    try {
      installToken(this.runtime, this.lastToken);
    } catch (error) {
      console.error('Partnerkit local: could not install the Clipper token:', error);
    }
    for (const entry of pending) {
      if (entry.edits) {
        this.replayEdits(entry.seq, entry.edits);
        continue;
      }
      const contents = JSON.stringify({ v: 1, token: this.lastToken, clips: entry.clips });
      const event = { parameter: {}, parameters: {}, postData: { contents, type: 'text/plain' } };
      const { result } = this.execute('journal replay', false, () => doPost(event));
      if (isSavedAnswer(textOutputOf(result)?.content)) {
        if (this.unapplied === undefined) this.heldSeq = entry.seq;
      } else {
        console.error(`Partnerkit local: journal entry ${entry.seq} could not be applied again.`);
        this.unapplied ??= entry.seq;
      }
    }
  }

  // An edit refused now (the file changed the column's rules) was never more than a request.
  private replayEdits(seq: number, edits: readonly unknown[]): void {
    for (const raw of edits) {
      const edit = parseEdit(raw);
      const result = edit ? applyEdit(this.runtime, edit, true) : undefined;
      if (!result?.ok)
        console.error(`Partnerkit local: an edit of journal entry ${seq} no longer applies:`, result?.error);
    }
    if (this.unapplied === undefined) this.heldSeq = seq;
  }

  /**
   * A person's edit of one cell, checked by the workbook's rules. Applied to the workbook in
   * memory, then journaled and flushed: acknowledged means on disk, like a clip.
   */
  async edit(edit: CellEdit): Promise<EditResult | EditRefusal> {
    try {
      await this.refreshFromDisk();
    } catch (readError) {
      return {
        ok: false,
        error: `The workbook file changed on disk and cannot be read: ${messageOf(readError)}`,
      };
    }
    const result = applyEdit(this.runtime, edit);
    if (!result.ok) return result;
    const seq = this.journal.append([], [{ ...edit, row: result.row }]);
    if (this.unapplied === undefined) this.heldSeq = seq;
    this.saves.schedule();
    try {
      await this.journal.sync();
    } catch (syncError) {
      console.error('Partnerkit local: writing the journal failed:', syncError);
      return { ok: false, error: `Could not save the edit: ${messageOf(syncError)}` };
    }
    return result;
  }

  /** After pairing: applies the journal entries the file lacks, then saves. */
  async recover(token: string): Promise<void> {
    this.lastToken = token;
    this.unapplied = undefined;
    this.replayJournal();
    await this.saves.request();
  }

  /** Runs doGet or doPost with an Apps Script event; clips are acknowledged once journaled. */
  async exec(method: 'doGet' | 'doPost', event: Record<string, unknown>): Promise<ExecAnswer> {
    const fn = this.fns[method];
    if (!fn) return errorPage(`Script function not found: ${method}`);
    try {
      await this.refreshFromDisk();
    } catch (readError) {
      // Never write over a file that someone changed into something we cannot read.
      return busy(`The workbook file changed on disk and cannot be read: ${messageOf(readError)}`);
    }
    const { result, error } = this.execute(method, false, () => fn(event));
    // The survey form and its answers are pages (HtmlOutput); the Clipper's answers are JSON.
    const output = error === undefined ? (textOutputOf(result) ?? htmlOutputOf(result)) : undefined;
    const clips = method === 'doPost' ? clipsToJournal(event, output?.content) : undefined;
    this.saves.schedule();
    if (clips) {
      const seq = this.journal.append(clips);
      if (this.unapplied === undefined) this.heldSeq = seq;
      try {
        await this.journal.sync();
      } catch (syncError) {
        // Not on disk, so not acknowledged: "busy" makes the Clipper keep the clips and retry.
        console.error('Partnerkit local: writing the journal failed:', syncError);
        return busy(`Could not save the clips: ${messageOf(syncError)}`);
      }
    }
    // A survey answer is thanked for once the workbook file holds it.
    if (method === 'doPost' && !clips && isFormPost(event))
      await this.saves.request().catch((saveError: unknown) => {
        console.error('Partnerkit local: saving after a form post failed; it will be retried:', saveError);
      });
    if (error !== undefined) return errorPage(messageOf(error));
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
    let failure: string | undefined;
    await this.room.beforeTool(this.runtime, name).catch((roomError: unknown) => {
      failure = `The Partner room file cannot be read: ${messageOf(roomError)}`;
    });
    if (failure) return { ok: false, error: failure, toasts: [], alerts: [], dialogs: [], calls: 0 };
    const invitedBefore = this.runtime.drive.notifications.length;
    const reloads = this.reloads;
    const { error } = this.execute(name, true, () => fn());
    for (const dialog of ui.dialogs) this.lastToken = tokenFromDialog(dialog.html) ?? this.lastToken;
    failure = error === undefined ? undefined : messageOf(error);
    const documents = await exportNewDocuments(
      this.runtime,
      dirname(this.path),
      this.exportedDocuments,
    ).catch((writeError: unknown) => {
      failure = `Could not write the document beside the workbook: ${messageOf(writeError)}`;
      return [];
    });
    const roomNote = await this.room
      .afterTool(this.runtime, name, invitedBefore)
      .catch((roomError: unknown) => {
        failure ??= `Could not save the Partner room: ${messageOf(roomError)}`;
        return undefined;
      });
    await this.saves.request().catch((saveError: unknown) => {
      failure = `Could not save the workbook: ${messageOf(saveError)}`;
    });
    // The tool's changes were in memory only when a spreadsheet program's save replaced it.
    if (this.reloads !== reloads)
      failure = 'The workbook file was saved by another program while the tool ran: run it again.';
    return {
      ok: failure === undefined,
      ...(failure === undefined ? {} : { error: failure }),
      toasts: roomNote ? [...ui.toasts, roomNote] : [...ui.toasts],
      ...(roomNote ? { roomDownload: PARTNER_ROOM_DOWNLOAD } : {}),
      alerts: [...ui.alerts],
      dialogs: [...ui.dialogs],
      calls: this.runtime.calls.total(),
      ...(documents.length > 0 ? { documents } : {}),
    };
  }

  /** Saves now when anything changed (after a change made outside the bundle, e.g. a token). */
  save(): Promise<void> {
    return this.saves.request();
  }

  /** Saves what is pending and closes the journal and the encoder (once). */
  close(): Promise<void> {
    this.closing ??= this.closeOnce();
    return this.closing;
  }

  private async closeOnce(): Promise<void> {
    await this.saves.close().catch((error: unknown) => {
      console.error('Partnerkit local: the last save failed; the journal keeps the clips:', error);
    });
    await this.journal.close();
    await this.encoder.close();
  }

  // One save: snapshot (with the last journal entry it holds), encode off-thread when it
  // changed, write unless the file changed on disk. Returns false to be tried again.
  private async saveOnce(): Promise<boolean> {
    await this.refreshFromDisk();
    const reloads = this.reloads;
    const held = this.heldSeq;
    const data = withHeldSeq(this.runtime.spreadsheet.snapshot(), held);
    const encoded = await this.encoder.encode(data, this.savedFingerprint);
    if (reloads !== this.reloads) return false;
    if (encoded.bytes) {
      try {
        await this.store.write(encoded.bytes);
      } catch (error) {
        if (!(error instanceof Error && error.name === 'FileChangedError')) throw error;
        await this.refreshFromDisk(true);
        return false;
      }
      this.savedFingerprint = encoded.fingerprint;
    }
    this.journal.retire(held);
    return true;
  }
}

function isFormPost(event: Record<string, unknown>): boolean {
  return (event.postData as { type?: unknown } | undefined)?.type === 'application/x-www-form-urlencoded';
}

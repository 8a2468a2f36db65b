/**
 * The clip journal beside the workbook (JSON lines). A clip is acknowledged only once its line is
 * on disk (appended, then fsynced; concurrent requests share one fsync). The xlsx is written
 * later; the workbook records the last journal `seq` it holds, so on start, and after someone else
 * saved the file, the entries after it are applied again (by clip id, so once each).
 * Entries the workbook holds are kept for a while: a stale outside save (a spreadsheet program
 * that opened the file before they were saved) needs them again.
 */
import {
  closeSync,
  fdatasync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { GroupSave } from './group-save.ts';

/** One acknowledged request's clips. */
export interface JournalEntry {
  seq: number;
  /** When it was acknowledged (ISO). */
  at: string;
  clips: unknown[];
  /** Cell edits a person made in the page (applied again like clips, in order). */
  edits?: unknown[];
}

/** Clips kept after a saved workbook holds them (for stale outside saves). */
const RETAINED_CLIPS = 5_000;

/** The entries of journal text and the last `held` mark; a torn or unreadable line is skipped. */
export function parseJournal(text: string): { entries: JournalEntry[]; held: number } {
  const lines = text.split('\n');
  // The last piece has no newline: a write the crash cut short, or "" after a whole last line.
  lines.pop();
  const entries: JournalEntry[] = [];
  let held = 0;
  for (const line of lines) {
    try {
      const entry = JSON.parse(line) as Partial<JournalEntry> & { held?: unknown };
      if (typeof entry.held === 'number') held = entry.held;
      else if (typeof entry.seq === 'number' && Array.isArray(entry.clips))
        entries.push({
          seq: entry.seq,
          at: String(entry.at ?? ''),
          clips: entry.clips,
          ...(Array.isArray(entry.edits) ? { edits: entry.edits } : {}),
        });
    } catch {
      // A line torn by a crash was never acknowledged.
    }
  }
  return { entries, held };
}

/** The journal file, open for appending. */
export class Journal {
  private fd: number;
  private readonly syncer: GroupSave;
  private nextSeq: number;

  private constructor(
    readonly path: string,
    private entries: JournalEntry[],
    private held: number,
  ) {
    this.nextSeq = Math.max(entries.at(-1)?.seq ?? 0, held) + 1;
    this.fd = this.rewrite(entries);
    this.syncer = new GroupSave(
      () =>
        new Promise<void>((resolve, reject) => {
          fdatasync(this.fd, (error) => (error ? reject(error) : resolve()));
        }),
    );
  }

  /** Opens (or creates) the journal; a torn last line is dropped from the file. */
  static open(path: string): Journal {
    mkdirSync(dirname(path), { recursive: true });
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const { entries, held } = parseJournal(text);
    // A rewrite a crash interrupted left a temp file: the journal itself is whole.
    const prefix = `.${basename(path)}.`;
    for (const name of readdirSync(dirname(path)))
      if (name.startsWith(prefix) && name.endsWith('.tmp'))
        rmSync(join(dirname(path), name), { force: true });
    return new Journal(path, entries, held);
  }

  /** The last sequence number given out (0 when none). */
  get lastSeq(): number {
    return this.nextSeq - 1;
  }

  /** The last entry a saved workbook held, as marked here (for a workbook file that went away). */
  get lastHeld(): number {
    return this.held;
  }

  /** Sequence numbers continue after `seq` (the one a workbook records), never going back. */
  continueAfter(seq: number): void {
    this.nextSeq = Math.max(this.nextSeq, seq + 1);
  }

  /** Entries with a sequence number above `seq`, oldest first. */
  entriesAfter(seq: number): JournalEntry[] {
    return this.entries.filter((e) => e.seq > seq);
  }

  /** Appends one request's clips or edits (written now, durable after `sync`); returns its seq. */
  append(clips: unknown[], edits?: unknown[]): number {
    const entry: JournalEntry = {
      seq: this.nextSeq,
      at: new Date().toISOString(),
      clips,
      ...(edits ? { edits } : {}),
    };
    writeLine(this.fd, entry);
    this.nextSeq += 1;
    this.entries.push(entry);
    return entry.seq;
  }

  /** Resolves once everything appended before this call is on disk. */
  sync(): Promise<void> {
    return this.syncer.request();
  }

  /**
   * A saved workbook holds every entry up to `seq`: drops the oldest of them from the file once
   * more than RETAINED_CLIPS clips are held (entries after `seq` are always kept).
   */
  retire(seq: number): void {
    if (seq > this.held) {
      this.held = seq;
      // Not synced: a mark lost in a crash only means entries are applied again (by clip id).
      writeLine(this.fd, { held: seq });
    }
    let kept = 0;
    let cut = 0;
    for (let i = this.entries.length - 1; i >= 0; i -= 1) {
      const entry = this.entries[i];
      if (!entry || entry.seq > seq) continue;
      kept += entry.clips.length + (entry.edits?.length ?? 0);
      if (kept > RETAINED_CLIPS) {
        cut = i + 1;
        break;
      }
    }
    // Rewrite only once the file carries a good share of dead weight.
    if (cut < 100) return;
    this.entries = this.entries.slice(cut);
    const old = this.fd;
    this.fd = this.rewrite(this.entries);
    // An fsync may still run on the old descriptor: close it once syncing is idle.
    void this.syncer.idle().then(() => closeSync(old));
  }

  /** Waits for pending fsyncs and closes the file. */
  async close(): Promise<void> {
    await this.syncer.idle();
    closeSync(this.fd);
  }

  // Writes the entries to a synced temp file renamed over the journal; returns it open for appends.
  private rewrite(entries: readonly JournalEntry[]): number {
    const temp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    const fd = openSync(temp, 'w', 0o600);
    const lines = [{ held: this.held }, ...entries];
    const text = Buffer.from(lines.map((e) => `${JSON.stringify(e)}\n`).join(''));
    let offset = 0;
    while (offset < text.length) offset += writeSync(fd, text, offset);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, this.path);
    syncFolder(dirname(this.path));
    return openSync(this.path, 'a', 0o600);
  }
}

function writeLine(fd: number, value: unknown): void {
  const line = Buffer.from(`${JSON.stringify(value)}\n`);
  let offset = 0;
  while (offset < line.length) offset += writeSync(fd, line, offset);
}

function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms cannot open a folder: the rename is still atomic.
  }
}

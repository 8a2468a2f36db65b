/**
 * The workbook file as this process knows it: the stamp of what it last read or wrote, and the
 * fingerprint of the snapshot that file holds. Writes are atomic and refused (FileChangedError)
 * when the file on disk is no longer the one stamped, checked again just before the rename.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { WorkbookData } from '../../apps-script/emulator/index.ts';
import { type BeforeRename, removeLeftoverTemps, writeFileAtomic } from '../atomic-write.ts';
import { decodeWorkbook } from '../xlsx-read.ts';
import { type FileStamp, hashBytes, looksUnchanged, readStamped, stillStamped } from './file-stamp.ts';

/** Someone else saved the file since this process last read or wrote it. */
export class FileChangedError extends Error {
  override name = 'FileChangedError';
}

/** Document property (kept in the file only) naming the last journal entry the file holds. */
const HELD_KEY = 'partnerkit.local.journalSeq';

/** A workbook read from disk: its data and the last journal entry it holds. */
export interface ReadWorkbook {
  data: WorkbookData;
  heldSeq: number;
}

/** Reads and writes one workbook file. */
export class WorkbookStore {
  private stamp: FileStamp | undefined;
  private writing = false;

  constructor(
    readonly path: string,
    private readonly beforeRename?: BeforeRename,
  ) {}

  /**
   * True when the file may have changed since it was last read or written (stat only). While
   * this process writes it, memory is ahead of the file: a save by someone else in that moment
   * is caught by the write's own check, or by the next one.
   */
  async mayHaveChanged(): Promise<boolean> {
    if (this.writing) return false;
    return !(await looksUnchanged(this.path, this.stamp));
  }

  /**
   * Reads the file when its bytes differ from those last read or written (undefined otherwise,
   * and when it does not exist). A corrupt or foreign file throws and is left alone.
   */
  async readIfChanged(): Promise<ReadWorkbook | undefined> {
    const read = await readStamped(this.path);
    if (!read) {
      this.stamp = undefined;
      return undefined;
    }
    if (read.stamp.hash === this.stamp?.hash) {
      this.stamp = read.stamp;
      return undefined;
    }
    const data = await decodeWorkbook(read.bytes, this.path);
    await removeLeftoverTemps(this.path);
    this.stamp = read.stamp;
    const held = Number(data.properties?.document?.[HELD_KEY] ?? 0);
    if (data.properties?.document) delete data.properties.document[HELD_KEY];
    return { data, heldSeq: Number.isFinite(held) ? held : 0 };
  }

  /** Writes bytes atomically unless the file changed since it was last read or written. */
  async write(bytes: Uint8Array): Promise<void> {
    const expected = this.stamp;
    this.writing = true;
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await writeFileAtomic(this.path, bytes, this.beforeRename, () => {
        if (stillStamped(this.path, expected)) return;
        // Even a change stat cannot see (same size and mtime) must be read back next.
        if (this.stamp) this.stamp = { ...this.stamp, mtimeMs: -1 };
        throw new FileChangedError();
      });
      const written = await readStamped(this.path);
      const ours = hashBytes(bytes);
      // Someone saved right after the rename: a stamp that matches no file makes the next
      // check read theirs back.
      this.stamp =
        written && written.stamp.hash !== ours
          ? { size: -1, mtimeMs: -1, ino: -1, hash: ours }
          : written?.stamp;
    } finally {
      this.writing = false;
    }
  }
}

/** A snapshot marked with the last journal entry it holds. */
export function withHeldSeq(data: WorkbookData, seq: number): WorkbookData {
  return {
    ...data,
    properties: { ...data.properties, document: { ...data.properties?.document, [HELD_KEY]: String(seq) } },
  };
}

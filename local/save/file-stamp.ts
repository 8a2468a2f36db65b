/**
 * A file's stamp: size, mtime, inode and a hash of its bytes. Saving compares it with what this
 * process last read or wrote, so a file someone else saved meanwhile is never replaced unread.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** What a file looked like when this process last read or wrote it. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
  hash: string;
}

/** SHA-256 of bytes, hex. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** True when stat shows the same size, mtime and inode (cheap: no read). */
export async function looksUnchanged(path: string, stamp: FileStamp | undefined): Promise<boolean> {
  try {
    const info = await stat(path);
    return (
      stamp !== undefined &&
      info.size === stamp.size &&
      info.mtimeMs === stamp.mtimeMs &&
      info.ino === stamp.ino
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return stamp === undefined;
    throw error;
  }
}

/** The file's stamp and bytes, or undefined when it does not exist. */
export async function readStamped(path: string): Promise<{ stamp: FileStamp; bytes: Buffer } | undefined> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    // One descriptor for both, so the stamp describes exactly the bytes read.
    const info = await handle.stat();
    const bytes = await handle.readFile();
    return {
      bytes,
      stamp: { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, hash: hashBytes(bytes) },
    };
  } finally {
    await handle.close();
  }
}

/**
 * True when the file on disk is byte for byte the one stamped (or both are absent). Synchronous,
 * so a rename right after it leaves no gap in which another program's save could land unseen.
 */
export function stillStamped(path: string, stamp: FileStamp | undefined): boolean {
  let bytes: Buffer;
  let ino: number;
  try {
    ino = statSync(path).ino;
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return stamp === undefined;
    throw error;
  }
  return stamp !== undefined && ino === stamp.ino && hashBytes(bytes) === stamp.hash;
}

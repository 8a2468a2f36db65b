/**
 * Atomic file replacement: write a temp file in the same folder, fsync it, rename it over the
 * target, fsync the folder. A crash at any point leaves either the old or the new file whole.
 */
import { randomBytes } from 'node:crypto';
import { renameSync } from 'node:fs';
import { open, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Test hook: runs after the temp file is written and synced, before the rename. */
export type BeforeRename = (tempPath: string) => void | Promise<void>;

const TEMP_SUFFIX = '.tmp';

/** The temp-file prefix used for a target (leftovers can be recognised and removed). */
function tempPrefix(target: string): string {
  return `.${basename(target)}.`;
}

/**
 * Replaces `target` with `data` atomically. `confirm` runs synchronously right before the rename
 * (nothing else can run in between) and may throw to keep the target as it is.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
  beforeRename?: BeforeRename,
  confirm?: () => void,
): Promise<void> {
  const dir = dirname(target);
  const temp = join(
    dir,
    `${tempPrefix(target)}${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
  );
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await beforeRename?.(temp);
    confirm?.();
    renameSync(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

// Makes the rename itself durable; some platforms cannot open a folder, which is harmless.
async function syncDirectory(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Not supported here: the rename is still atomic, only its durability is the OS's.
  } finally {
    await handle?.close();
  }
}

/** Removes temp files a crashed writer left next to `target`; returns their names. */
export async function removeLeftoverTemps(target: string): Promise<string[]> {
  const prefix = tempPrefix(target);
  const names = (await readdir(dirname(target))).filter(
    (n) => n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX),
  );
  await Promise.all(names.map((n) => rm(join(dirname(target), n), { force: true })));
  return names;
}

/** The workbook file on disk: where it lives, loading it safely, saving it atomically. */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkbookData } from '../apps-script/emulator/index.ts';
import { type BeforeRename, removeLeftoverTemps, writeFileAtomic } from './atomic-write.ts';
import { decodeWorkbook } from './xlsx-read.ts';
import { encodeWorkbook } from './xlsx-write.ts';

/** File name of the workbook inside the data folder. */
export const WORKBOOK_FILE = 'partnerkit.xlsx';

/** The workbook's path in a data folder. */
export function workbookPath(dataDir: string): string {
  return join(dataDir, WORKBOOK_FILE);
}

/**
 * Reads the workbook; undefined when there is none yet. A corrupt or foreign file throws (and is
 * never touched). Temp files a crashed save left behind are removed: the real file is whole.
 */
export async function loadWorkbookFile(path: string): Promise<WorkbookData | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const data = await decodeWorkbook(bytes, path);
  await removeLeftoverTemps(path);
  return data;
}

/** Writes the workbook atomically, creating the folder when needed. */
export async function saveWorkbookFile(
  path: string,
  data: WorkbookData,
  beforeRename?: BeforeRename,
): Promise<void> {
  const bytes = await encodeWorkbook(data);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFileAtomic(path, bytes, beforeRename);
}

/**
 * A workbook snapshot's fingerprint: whether a request changed anything is read from the
 * emulated workbook's own state (its snapshot), never guessed from the methods it called.
 */
import { createHash } from 'node:crypto';
import type { WorkbookData } from '../../apps-script/emulator/index.ts';

/** SHA-256 of the snapshot's JSON (dates as ISO text). */
export function fingerprintOf(data: WorkbookData): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}

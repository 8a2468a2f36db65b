/**
 * The local Clipper token, kept beside the workbook so a restart does not unpair the browser.
 * Only this machine's user can read it (mode 0600); Google's add-on keeps no such copy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOKEN_FILE = 'clipper-token';
const TOKEN = /^[A-Za-z0-9_-]{24,}$/;

/** The token saved by an earlier start, if there is a well-formed one. */
export function readSavedToken(dataDir: string): string | undefined {
  try {
    const token = readFileSync(join(dataDir, TOKEN_FILE), 'utf8').trim();
    return TOKEN.test(token) ? token : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the token the workbook accepts now, readable by this user only. */
export function saveToken(dataDir: string, token: string): void {
  writeFileSync(join(dataDir, TOKEN_FILE), `${token}\n`, { mode: 0o600 });
}

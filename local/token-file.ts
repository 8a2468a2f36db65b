/**
 * The local Clipper token, kept beside the workbook so a restart does not unpair the browser.
 * Only this machine's user can read it (mode 0600); Google's add-on keeps no such copy.
 */
import { chmodSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOKEN_FILE = 'clipper-token';
const TOKEN = /^[A-Za-z0-9_-]{24,}$/;

/** The token saved by an earlier start, if there is a well-formed one. */
export function readSavedToken(dataDir: string): string | undefined {
  const path = join(dataDir, TOKEN_FILE);
  try {
    // A copy made readable to others (by hand, or by an older version) is closed first.
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
    const token = readFileSync(path, 'utf8').trim();
    return TOKEN.test(token) ? token : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the token the workbook accepts now, readable by this user only. */
export function saveToken(dataDir: string, token: string): void {
  // A new file (mode 0600 whatever a leftover temp had) replaces the old one, whose mode may
  // have been looser.
  const path = join(dataDir, TOKEN_FILE);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${token}\n`, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, path);
}

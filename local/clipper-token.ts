/**
 * The Clipper token on the local workbook: read from the dialog connectClipper shows, or (for
 * PARTNERKIT_TOKEN) installed as its SHA-256 hash in Settings, which is what the add-on checks.
 */
import { createHash } from 'node:crypto';
import type { Runtime } from '../apps-script/emulator/index.ts';

/** Settings key the add-on keeps the token's hash under (PRODUCT.md, Settings tab). */
const TOKEN_HASH_KEY = 'clipper token hash';

/** The token shown in connectClipper's dialog HTML, if any. */
export function tokenFromDialog(html: string): string | undefined {
  const byId = /id="partnerkit-token"[^>]*>\s*([A-Za-z0-9_-]{24,})\s*</.exec(html);
  if (byId) return byId[1];
  return /<code[^>]*>\s*([A-Za-z0-9_-]{24,})\s*<\/code>/.exec(html)?.[1];
}

/** Makes the workbook accept `token`: writes its hash to Settings' "clipper token hash" row. */
export function installToken(runtime: Runtime, token: string): void {
  const sheet = runtime.spreadsheet.fake.getSheetByName('Settings');
  if (!sheet) throw new Error('The workbook has no Settings tab to keep the token hash in.');
  const values = sheet.getDataRange().getValues();
  const header = (values[0] ?? []).map((h) => String(h).trim().toLowerCase());
  const keyColumn = header.indexOf('key');
  const valueColumn = header.indexOf('value');
  if (keyColumn < 0 || valueColumn < 0) throw new Error('The Settings tab has no Key and Value columns.');
  const index = values.findIndex(
    (row, i) => i > 0 && String(row[keyColumn]).trim().toLowerCase() === TOKEN_HASH_KEY,
  );
  const row = index > 0 ? index + 1 : values.length + 1;
  if (index < 0) sheet._rangeAt(row, keyColumn + 1, 1, 1).setValue(TOKEN_HASH_KEY);
  // Plain-text format first, so a hash made only of digits stays text.
  const cell = sheet._rangeAt(row, valueColumn + 1, 1, 1);
  cell.setNumberFormat('@');
  cell.setValue(createHash('sha256').update(token, 'utf8').digest('hex'));
}

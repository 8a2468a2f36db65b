/** connectClipper: a new token (only its hash is kept) and a dialog with it and the endpoint URL. */
import { TOKEN_HASH_KEY } from '../../shared/settings/settings.ts';
import { SETTINGS } from '../../shared/workbook-schema.ts';
import { hashToken, newToken } from './endpoint/token.ts';
import { writeSetting } from './settings-tab.ts';
import { ensureHeaders, ensureSheet } from './setup/headers.ts';
import { ensureSettingRows } from './setup/settings-rows.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Replaces the token and returns the dialog that shows it once. */
export function connectClipperIn(spreadsheet: Spreadsheet): GoogleAppsScript.HTML.HtmlOutput {
  if (!spreadsheet.getSheetByName(SETTINGS.name)) {
    const sheet = ensureSheet(spreadsheet, SETTINGS);
    ensureSettingRows(sheet, ensureHeaders(sheet, SETTINGS));
  }
  const token = newToken();
  writeSetting(spreadsheet, TOKEN_HASH_KEY, hashToken(token));
  const url = ScriptApp.getService().getUrl() ?? '';
  return HtmlService.createHtmlOutput(dialogHtml(url, token)).setWidth(520).setHeight(320);
}

function dialogHtml(url: string, token: string): string {
  const endpoint = url
    ? `<code id="partnerkit-endpoint">${escapeHtml(url)}</code>`
    : `<code id="partnerkit-endpoint"></code><br><em>Not deployed yet: Extensions › Apps Script › Deploy › New deployment › Web app, then run Connect Clipper again.</em>`;
  return `<!doctype html><html><body style="font-family:sans-serif;font-size:13px">
<p>Paste these into the Partnerkit Clipper's options. The token is shown only now; running Connect Clipper again replaces it.</p>
<p><strong>Endpoint URL</strong><br>${endpoint}</p>
<p><strong>Token</strong><br><code id="partnerkit-token">${escapeHtml(token)}</code></p>
</body></html>`;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

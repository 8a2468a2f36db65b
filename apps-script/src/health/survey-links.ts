/**
 * createSurveyLinks: a new personal survey key for each stakeholder whose Share Access is not
 * none; only the keys' hashes are kept (in Settings), and the links are shown once, in a dialog.
 */

import { SHEETS_CELL_LIMIT } from '../../../shared/cell-safety.ts';
import { readSurveyKeyHashes, writeSurveyKeyHashes } from '../../../shared/health/survey-keys.ts';
import { SURVEY_KEYS_KEY } from '../../../shared/settings/settings.ts';
import { readShareAccess } from '../../../shared/sharing/plan.ts';
import { STAKEHOLDERS } from '../../../shared/workbook-schema.ts';
import { escapeHtml } from '../connect.ts';
import { hashToken, newToken } from '../endpoint/token.ts';
import { PartnerkitError } from '../errors.ts';
import { readSettings, writeSetting } from '../settings-tab.ts';
import { cell, readTable } from '../table.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TITLE = 'Partner survey links';

/** Makes the links (after asking when they replace earlier ones); undefined when nothing to show. */
export function createSurveyLinksIn(spreadsheet: Spreadsheet): string | undefined {
  const stakeholders = readTable(spreadsheet, STAKEHOLDERS);
  const seen = new Set<string>();
  const partners = stakeholders.rows
    .filter((row) => readShareAccess(cell(stakeholders, row, 'Share Access')) !== 'none')
    .map((row) =>
      String(cell(stakeholders, row, 'Name'))
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((name) => name !== '' && !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()));
  if (partners.length === 0)
    return 'No stakeholder has Share Access other than none: set it in Stakeholders for the partners to survey.';
  const ui = SpreadsheetApp.getUi();
  if (readSurveyKeyHashes(readSettings(spreadsheet).surveyKeyHashes).length > 0) {
    const question =
      'New links replace the ones made before: the old links stop working. Make new links for ' +
      `${partners.length} partners?`;
    if (ui.alert(TITLE, question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return 'No links were changed.';
  }
  const links = partners.map((partner) => ({ partner, key: newToken() }));
  const hashes = writeSurveyKeyHashes(links.map((l) => ({ partner: l.partner, hash: hashToken(l.key) })));
  // All hashes live in one Settings cell, so making them is one write whatever their number.
  if (hashes.length > SHEETS_CELL_LIMIT)
    throw new PartnerkitError(
      `${partners.length} partners are more than one Settings cell can hold keys for: set Share Access to none for those you do not survey.`,
    );
  writeSetting(spreadsheet, SURVEY_KEYS_KEY, hashes);
  const url = ScriptApp.getService().getUrl() ?? '';
  ui.showModalDialog(
    HtmlService.createHtmlOutput(dialogHtml(url, links)).setWidth(640).setHeight(420),
    TITLE,
  );
  return undefined;
}

function dialogHtml(url: string, links: readonly { partner: string; key: string }[]): string {
  const rows = links
    .map(
      (l, i) =>
        `<tr><th scope="row"><label for="survey-link-${i}">${escapeHtml(l.partner)}</label></th>` +
        `<td><input id="survey-link-${i}" class="partnerkit-survey-link" readonly size="60" ` +
        `value="${escapeHtml(`${url}?survey=${l.key}`)}"></td></tr>`,
    )
    .join('\n');
  const warning = url
    ? ''
    : '<p><em>Not deployed yet: Extensions › Apps Script › Deploy › New deployment › Web app, then make the links again.</em></p>';
  return `<!doctype html><html lang="en"><body style="font-family:sans-serif;font-size:13px">
<p>Send each partner their own link to the partnership health check. The links are shown only now; making new ones stops these.</p>${warning}
<table>${rows}</table>
</body></html>`;
}

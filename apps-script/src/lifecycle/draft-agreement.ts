/**
 * draftAgreement ("Draft partnership agreement…"): asks which partners, builds the agreement from
 * the workbook and creates one Google Doc from its HTML with the advanced Drive service (the
 * drive.file scope covers files the add-on creates); then shows the link.
 */
import { buildAgreement } from '../../../shared/documents/agreement.ts';
import {
  chooseParties,
  defaultParties,
  type StakeholderForAgreement,
} from '../../../shared/documents/agreement-parties.ts';
import type { DocumentModel } from '../../../shared/documents/document.ts';
import { escapeHtml, renderHtml } from '../../../shared/documents/render-html.ts';
import { isoDay } from '../../../shared/lifecycle/calendar-days.ts';
import { STAKEHOLDERS } from '../../../shared/workbook-schema.ts';
import { showAlert } from '../boundary.ts';
import { cell, readTable } from '../table.ts';
import type { ToolContext } from '../tools/context.ts';
import { readAgreementRows, textOf } from './agreement-inputs.ts';

/** The part of the advanced Drive service (v3) this tool uses. */
interface DriveFiles {
  Files: {
    create(
      resource: { name: string; mimeType: string },
      mediaData: GoogleAppsScript.Base.Blob,
      optionalArgs: { fields: string },
    ): { id?: string; name?: string; webViewLink?: string };
  };
}
// Module-scoped: the advanced service is a global in Apps Script once appsscript.json enables it.
declare const Drive: DriveFiles;

const GOOGLE_DOC = 'application/vnd.google-apps.document';

/** Creates one Google Doc from the document's HTML (Drive converts it); returns its link. */
export function createGoogleDoc(doc: DocumentModel): string {
  const file = Drive.Files.create(
    { name: doc.title, mimeType: GOOGLE_DOC },
    Utilities.newBlob(renderHtml(doc), 'text/html', `${doc.title}.html`),
    { fields: 'id,name,webViewLink' },
  );
  return file.webViewLink ?? `https://docs.google.com/document/d/${file.id ?? ''}/edit`;
}

/** Runs the whole flow; returns the toast, or undefined when the person stopped. */
export function runDraftAgreement(context: ToolContext): string | undefined {
  const zone = context.clock().zoneOffsetMs;
  const stakeholders = readStakeholders(context, zone);
  const parties = askParties(stakeholders);
  if (!parties) return undefined;
  const settings = context.settings();
  const doc = buildAgreement({
    workbookName: context.spreadsheet.getName(),
    drafted: isoDay(context.clock().today),
    parties,
    ...readAgreementRows(context.spreadsheet, zone),
    checkInDays: settings.checkInDays,
    conflictStageDays: settings.conflictStageDays,
  });
  const link = createGoogleDoc(doc);
  const html = `<!doctype html><html><body style="font-family:sans-serif;font-size:13px">
<p>The draft agreement between ${escapeHtml(parties.map((p) => p.name).join('; ') || 'the parties')} is ready.</p>
<p><a id="partnerkit-document" href="${escapeHtml(link)}" target="_blank" rel="noopener">Open ${escapeHtml(doc.title)}</a></p>
<p>Placeholders in [brackets] are what the workbook did not say yet.</p>
</body></html>`;
  SpreadsheetApp.getUi().showModalDialog(
    HtmlService.createHtmlOutput(html).setWidth(480).setHeight(200),
    'Draft partnership agreement',
  );
  return `Drafted the agreement with ${parties.length} partner${parties.length === 1 ? '' : 's'}.`;
}

function readStakeholders(context: ToolContext, zone: number | undefined): StakeholderForAgreement[] {
  const table = readTable(context.spreadsheet, STAKEHOLDERS);
  const text = (row: unknown[], header: string) => textOf(cell(table, row, header), zone);
  return table.rows
    .filter((row) => text(row, 'Name') !== '')
    .map((row) => ({
      name: text(row, 'Name'),
      type: text(row, 'Type'),
      country: text(row, 'Country'),
      website: text(row, 'Website'),
      contact: text(row, 'Emails').split(';')[0]?.trim() ?? '',
      nextCheckIn: text(row, 'Next Check-in'),
      status: text(row, 'Status'),
      shareAccess: text(row, 'Share Access'),
    }));
}

// One prompt; a name not in Stakeholders stops the run with the names listed, so a typo never
// becomes a party.
function askParties(stakeholders: StakeholderForAgreement[]): StakeholderForAgreement[] | undefined {
  const ui = SpreadsheetApp.getUi();
  const defaults = defaultParties(stakeholders).map((s) => s.name);
  const offer =
    defaults.length > 0
      ? `Leave blank for the active partners sharing the Partner room: ${defaults.join('; ')}.`
      : "No active partner shares the Partner room yet: type the partners' names.";
  const answer = ui.prompt(
    'Draft partnership agreement',
    `Which partners is the agreement with? Names as in Stakeholders, separated by "; ".\n${offer}`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return undefined;
  const chosen = chooseParties(stakeholders, answer.getResponseText());
  if (!chosen.ok) {
    showAlert(`Not in Stakeholders: ${chosen.issues.join('; ')}. Nothing was drafted.`);
    return undefined;
  }
  if (chosen.value.length === 0) {
    showAlert('No partners to draft an agreement with: name at least one. Nothing was drafted.');
    return undefined;
  }
  return chosen.value;
}

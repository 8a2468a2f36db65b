/** subscribeToDeadlines: a new calendar key and a dialog with the feed address and how to add it. */
import { escapeHtml } from '../../../shared/deadlines/digest.ts';
import { replaceCalendarKey } from './calendar-key.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Replaces the key and returns the dialog that shows its address once. */
export function subscribeToDeadlinesIn(spreadsheet: Spreadsheet): GoogleAppsScript.HTML.HtmlOutput {
  const key = replaceCalendarKey(spreadsheet);
  const endpoint = ScriptApp.getService().getUrl() ?? '';
  return HtmlService.createHtmlOutput(dialogHtml(endpoint, key)).setWidth(560).setHeight(460);
}

/** The feed address: the web app's URL with the key. */
export function feedUrl(endpoint: string, key: string): string {
  return `${endpoint}${endpoint.includes('?') ? '&' : '?'}calendar=${encodeURIComponent(key)}`;
}

function dialogHtml(endpoint: string, key: string): string {
  const address = endpoint
    ? `<code id="partnerkit-calendar-url">${escapeHtml(feedUrl(endpoint, key))}</code>`
    : `<code id="partnerkit-calendar-url"></code><br><em>Not deployed yet: Extensions › Apps Script › Deploy › New deployment › Web app, then run Deadlines calendar again.</em>`;
  return `<!doctype html><html><body style="font-family:sans-serif;font-size:13px">
<p>Add this address to your calendar to see funding deadlines, milestones, impact due dates,
check-ins, conflict stages and planned exits. Anyone with the address can read these dates and
titles: keep it to yourself. It is shown only now; running Deadlines calendar again makes a new
address and the old one stops working.</p>
<p><strong>Calendar address</strong><br>${address}</p>
<p><strong>Google Calendar</strong>: Other calendars › + › From URL, paste the address, Add calendar.</p>
<p><strong>Outlook</strong>: Add calendar › Subscribe from web, paste the address, Import.</p>
<p><strong>Apple Calendar</strong>: File › New Calendar Subscription, paste the address, Subscribe.</p>
<p>Calendars refresh a subscription on their own schedule (Google: every few hours).</p>
</body></html>`;
}

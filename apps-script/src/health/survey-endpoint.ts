/**
 * The survey on the web app: doGet with ?survey=KEY serves the form, doPost with its fields
 * appends one Feedback row. A key that matches no hash, a wrong rating or the 21st answer of the
 * day writes nothing.
 */

import { toCellValue } from '../../../shared/cell-safety.ts';
import { readSurveyAnswer, type SurveyAnswer } from '../../../shared/health/survey-answer.ts';
import { answersOnDay, DAILY_ANSWERS, readSurveyKeyHashes } from '../../../shared/health/survey-keys.ts';
import { columnKind, FEEDBACK, HEALTH_FACTORS } from '../../../shared/workbook-schema.ts';
import { sheetClock } from '../clock.ts';
import { hashToken, sameSecret } from '../endpoint/token.ts';
import { readSettings } from '../settings-tab.ts';
import { cell, readTable, requireColumn } from '../table.ts';
import { htmlPage, surveyFormHtml, surveyMessageHtml } from './survey-page.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

const LOCK_WAIT_MS = 10_000;
const TITLE = 'Partnership health check';
const NOT_VALID = [
  'This survey link is not valid: it may have been replaced by a newer one.',
  'Ask the partnership team for your current link.',
];

/** The form for a valid key, or a page saying the link does not work. */
export function serveSurvey(spreadsheet: Spreadsheet, key: string): HtmlOutput {
  const partner = partnerOfKey(spreadsheet, key);
  if (!partner) return htmlPage(surveyMessageHtml('Survey link not valid', NOT_VALID), TITLE);
  const action = ScriptApp.getService().getUrl() ?? '';
  return htmlPage(surveyFormHtml({ action, surveyKey: key, partner }), TITLE);
}

/** Appends one answer to Feedback when the key, the answers and the day's count allow it. */
export function receiveSurvey(spreadsheet: Spreadsheet, fields: Record<string, unknown>): HtmlOutput {
  const partner = partnerOfKey(spreadsheet, String(fields.survey ?? ''));
  if (!partner) return htmlPage(surveyMessageHtml('Survey link not valid', NOT_VALID), TITLE);
  const answer = readSurveyAnswer(fields);
  if (!answer.ok)
    return htmlPage(
      surveyMessageHtml('Answers not sent', [...answer.issues, 'Go back, correct them and send again.']),
      TITLE,
    );
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS))
    return htmlPage(
      surveyMessageHtml('Please try again', ['The sheet is busy; send again in a minute.']),
      TITLE,
    );
  try {
    if (!appendAnswer(spreadsheet, partner, answer.value))
      return htmlPage(
        surveyMessageHtml('Answers not sent', [
          `This link has taken ${DAILY_ANSWERS} answers today, the most it takes in a day. Please send yours tomorrow.`,
        ]),
        TITLE,
      );
  } finally {
    lock.releaseLock();
  }
  return htmlPage(surveyMessageHtml('Thank you', [`Your answers for ${partner} were received.`]), TITLE);
}

function partnerOfKey(spreadsheet: Spreadsheet, key: string): string | undefined {
  // Keys are 43 URL-safe characters; anything else is refused before hashing.
  if (!/^[A-Za-z0-9_-]{24,128}$/.test(key)) return undefined;
  const hash = hashToken(key);
  let partner: string | undefined;
  // Every stored hash is compared, in time that does not depend on which one matches.
  for (const entry of readSurveyKeyHashes(readSettings(spreadsheet).surveyKeyHashes))
    if (sameSecret(hash, entry.hash)) partner = entry.partner;
  return partner;
}

// One read of Feedback, one write of the row: false when the key's day is full.
function appendAnswer(spreadsheet: Spreadsheet, partner: string, answer: SurveyAnswer): boolean {
  const feedback = readTable(spreadsheet, FEEDBACK);
  const clock = sheetClock(spreadsheet);
  const rows = feedback.rows.map((row) => ({
    timestamp: cell(feedback, row, 'Timestamp'),
    partner: cell(feedback, row, 'Partner'),
  }));
  if (answersOnDay(rows, partner, clock.today, clock.zoneOffsetMs) >= DAILY_ANSWERS) return false;
  const record: Record<string, unknown> = {
    Timestamp: new Date(),
    Partner: partner,
    Respondent: answer.respondent,
    ...answer.ratings,
    Continue: answer.continue,
    Comments: answer.comments,
  };
  for (const header of FEEDBACK.headers) requireColumn(feedback, header);
  const width = Math.max(1, feedback.header.length);
  const row: unknown[] = Array.from({ length: width }, () => '');
  for (const header of ['Timestamp', 'Partner', 'Respondent', ...HEALTH_FACTORS, 'Continue', 'Comments']) {
    const value = record[header];
    if (value === undefined) continue;
    row[requireColumn(feedback, header)] = toCellValue(value, columnKind(FEEDBACK, header));
  }
  const rowNumber = lastFilled(feedback.rows) + 2;
  if (rowNumber > feedback.sheet.getMaxRows()) feedback.sheet.insertRowsAfter(feedback.sheet.getMaxRows(), 1);
  feedback.sheet.getRange(rowNumber, 1, 1, width).setValues([row]);
  return true;
}

function lastFilled(rows: readonly unknown[][]): number {
  let last = rows.length;
  while (last > 0 && (rows[last - 1] ?? []).every((v) => v === '' || v === null || v === undefined))
    last -= 1;
  return last;
}

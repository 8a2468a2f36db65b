/** The survey's web-app boundary: one catch, so a failure shows a page instead of Google's error. */

import { receiveSurvey, serveSurvey } from './survey-endpoint.ts';
import { htmlPage, surveyMessageHtml } from './survey-page.ts';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

/** doGet with ?survey=KEY. */
export function surveyGet(key: string): HtmlOutput {
  return guarded('showing the survey', () => serveSurvey(SpreadsheetApp.getActiveSpreadsheet(), key));
}

/** doPost of the survey form's fields. */
export function surveyPost(fields: Record<string, unknown>): HtmlOutput {
  return guarded('saving survey answers', () => receiveSurvey(SpreadsheetApp.getActiveSpreadsheet(), fields));
}

function guarded(what: string, run: () => HtmlOutput): HtmlOutput {
  try {
    return run();
  } catch (error) {
    console.error(`Partnerkit survey: ${what} failed:`, error);
    return htmlPage(
      surveyMessageHtml('Something went wrong', ['Your answers were not saved. Please try again later.']),
      'Partnership health check',
    );
  }
}

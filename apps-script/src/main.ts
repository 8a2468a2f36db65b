/**
 * The add-on's global functions, as Apps Script calls them: each wires adapters to core functions
 * inside one error boundary. The build declares a top-level stub for every export here.
 */
import { errorResponse } from '../../shared/protocol.ts';
import { runTool } from './boundary.ts';
import { connectClipperIn } from './connect.ts';
import { asksForCalendar, calendarFeed } from './deadlines/calendar-feed.ts';
import { removeRemindersIn, sendDeadlineDigestIn, setUpRemindersIn } from './deadlines/reminders.ts';
import { subscribeToDeadlinesIn } from './deadlines/subscribe.ts';
import { handlePost } from './endpoint/handle-post.ts';
import { respond } from './endpoint/respond.ts';
import { messageOf } from './errors.ts';
import { runHealthSummary } from './health/summarise.ts';
import { createSurveyLinksIn } from './health/survey-links.ts';
import { surveyGet, surveyPost } from './health/survey-web.ts';
import { runDraftAgreement } from './lifecycle/draft-agreement.ts';
import { runDraftProgressReport } from './lifecycle/draft-progress-report.ts';
import { runCheckDueDiligence } from './lifecycle/due-diligence.ts';
import { addMenu } from './menu.ts';
import { runMobilisationPlan } from './mobilisation/update-plan.ts';
import { setUpWorkbookIn } from './setup/set-up-workbook.ts';
import { shareWithPartnersIn } from './sharing/share-with-partners.ts';
import { toolContext } from './tools/context.ts';
import { runFundingTracker } from './tools/funding.ts';
import { runImpactScorecard } from './tools/impact.ts';
import { runRefreshDashboard } from './tools/refresh.ts';
import { runScorePartners, runStakeholderMap } from './tools/stakeholders.ts';

export function onOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  try {
    addMenu(event);
  } catch (error) {
    console.error('Partnerkit onOpen failed:', error);
  }
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function doGet(
  event?: GoogleAppsScript.Events.DoGet,
): GoogleAppsScript.Content.TextOutput | GoogleAppsScript.HTML.HtmlOutput {
  if (asksForCalendar(event)) {
    try {
      return calendarFeed(SpreadsheetApp.getActiveSpreadsheet(), String(event?.parameter?.calendar ?? ''));
    } catch (error) {
      console.error('Partnerkit calendar feed failed:', error);
      return respond(errorResponse('busy', messageOf(error, 'The deadlines calendar')));
    }
  }
  const survey = event?.parameter?.survey;
  if (survey !== undefined) return surveyGet(String(survey));
  return respond({ ok: true, app: 'partnerkit', v: 1 });
}

export function doPost(
  event?: GoogleAppsScript.Events.DoPost,
): GoogleAppsScript.Content.TextOutput | GoogleAppsScript.HTML.HtmlOutput {
  // The survey form posts its fields (parameter.survey); the Clipper posts JSON as text.
  if (event?.parameter?.survey !== undefined) return surveyPost(event.parameter);
  try {
    return respond(handlePost(SpreadsheetApp.getActiveSpreadsheet(), event?.postData?.contents ?? ''));
  } catch (error) {
    console.error('Partnerkit doPost failed:', error);
    // "busy" makes the Clipper keep the clips and retry; nothing is lost.
    return respond(errorResponse('busy', messageOf(error, 'Saving clips')));
  }
}

export function setUpWorkbook(): void {
  runTool('Set up workbook', setUpWorkbookIn);
}

export function scorePartners(): void {
  runTool('Score partners', (spreadsheet) => runScorePartners(toolContext(spreadsheet)));
}

export function buildStakeholderMap(): void {
  runTool('Build stakeholder map', (spreadsheet) => runStakeholderMap(toolContext(spreadsheet)));
}

export function updateFundingTracker(): void {
  runTool('Update funding tracker', (spreadsheet) => runFundingTracker(toolContext(spreadsheet)));
}

export function updateImpactScorecard(): void {
  runTool('Update impact scorecard', (spreadsheet) => runImpactScorecard(toolContext(spreadsheet)));
}

export function refreshDashboard(): void {
  runTool('Refresh dashboard', (spreadsheet) => runRefreshDashboard(toolContext(spreadsheet)));
}

export function shareWithPartners(): void {
  runTool('Share with partners', shareWithPartnersIn);
}

export function connectClipper(): void {
  runTool('Connect Clipper', (spreadsheet) => {
    SpreadsheetApp.getUi().showModalDialog(connectClipperIn(spreadsheet), 'Connect the Partnerkit Clipper');
    return undefined;
  });
}

export function checkDueDiligence(): void {
  runTool('Check partner readiness', (spreadsheet) => runCheckDueDiligence(toolContext(spreadsheet)));
}

export function draftAgreement(): void {
  runTool('Draft partnership agreement', (spreadsheet) => runDraftAgreement(toolContext(spreadsheet)));
}

export function draftProgressReport(): void {
  runTool('Draft progress report', (spreadsheet) => runDraftProgressReport(toolContext(spreadsheet)));
}

export function subscribeToDeadlines(): void {
  runTool('Deadlines calendar', (spreadsheet) => {
    SpreadsheetApp.getUi().showModalDialog(subscribeToDeadlinesIn(spreadsheet), 'Deadlines calendar');
    return undefined;
  });
}

export function setUpReminders(): void {
  runTool('Deadline reminders', () => setUpRemindersIn());
}

export function removeReminders(): void {
  runTool('Stop deadline reminders', () => removeRemindersIn());
}

/** The daily trigger's target: no UI here, so failures are logged (Apps Script emails the owner). */
export function sendDeadlineDigest(): void {
  try {
    sendDeadlineDigestIn(SpreadsheetApp.getActiveSpreadsheet());
  } catch (error) {
    console.error(
      'Partnerkit deadline digest failed:',
      error instanceof Error ? (error.stack ?? error.message) : error,
    );
    throw error;
  }
}

export function updateMobilisationPlan(): void {
  runTool('Update resource mobilisation plan', (spreadsheet) =>
    runMobilisationPlan(toolContext(spreadsheet)),
  );
}

export function summariseHealthCheck(): void {
  runTool('Summarise partnership health', (spreadsheet) => runHealthSummary(toolContext(spreadsheet)));
}

export function createSurveyLinks(): void {
  runTool('Partner survey links', createSurveyLinksIn);
}

/** The add-on menu: every tool, or only setup before the add-on is authorised (AuthMode.NONE). */

// Groups: setup; the scoring tools; sharing; the partnership lifecycle; deadlines.
const TOOLS: [string, string][] = [
  ['Set up workbook', 'setUpWorkbook'],
  ['Score partners', 'scorePartners'],
  ['Build stakeholder map', 'buildStakeholderMap'],
  ['Update funding tracker', 'updateFundingTracker'],
  ['Update impact scorecard', 'updateImpactScorecard'],
  ['Refresh dashboard', 'refreshDashboard'],
  ['Share with partners…', 'shareWithPartners'],
  ['Connect Clipper…', 'connectClipper'],
  ['Check partner readiness', 'checkDueDiligence'],
  ['Draft partnership agreement…', 'draftAgreement'],
  ['Draft progress report…', 'draftProgressReport'],
  ['Update resource mobilisation plan', 'updateMobilisationPlan'],
  ['Summarise partnership health', 'summariseHealthCheck'],
  ['Partner survey links…', 'createSurveyLinks'],
  ['Deadlines calendar…', 'subscribeToDeadlines'],
  ['Deadline reminders…', 'setUpReminders'],
  ['Stop deadline reminders', 'removeReminders'],
];

/** Adds the Partnerkit menu. */
export function addMenu(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  // In AuthMode.NONE nothing may touch the document; choosing the first item asks for authorisation.
  const limited = event?.authMode === ScriptApp.AuthMode.NONE;
  const items = limited ? TOOLS.slice(0, 1) : TOOLS;
  items.forEach(([label, name], index) => {
    if (!limited && (index === 1 || index === 6 || index === 8 || index === 14)) menu.addSeparator();
    menu.addItem(label, name);
  });
  menu.addToUi();
}

/**
 * A short note on each lifecycle header saying what goes there, in the words of practice. A note
 * a person already wrote on a header is kept.
 */
import { mapColumns } from '../../../shared/header-map.ts';
import type { TabSchema } from '../../../shared/workbook-schema.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const ITEM = ' Answer yes, no, pending or n/a.';

const NOTES: Record<string, Record<string, string>> = {
  Stakeholders: {
    'Last Contact': 'Last Contact: the date of your last real conversation or meeting with this stakeholder.',
    'Next Check-in':
      'Next Check-in: Last Contact plus the check-in days for the Tier (Settings). Red when overdue. Written by Score partners.',
    'Due Diligence':
      'Due Diligence: readiness from the Due Diligence tab. Written by Check partner readiness.',
  },
  'Due Diligence': {
    Partner: 'Partner: the stakeholder name, as in Stakeholders.',
    'Mission Fit': `Mission Fit: does their mission complement ours without competing with it?${ITEM}`,
    'Values Fit': `Values Fit: do they share our values on community voice, equity and accountability?${ITEM}`,
    'Mutual Benefit Agreed': `Mutual Benefit Agreed: has each side said what it gains and gives?${ITEM}`,
    'Legal Registration': `Legal Registration: have you seen proof they are a registered legal entity?${ITEM}`,
    'Financial Statements': `Financial Statements: have you reviewed recent accounts or audited statements?${ITEM}`,
    References: `References: have other partners or funders vouched for them?${ITEM}`,
    'Conflict Of Interest Declared': `Conflict Of Interest Declared: have both sides disclosed interests that could bias decisions?${ITEM}`,
    'Safeguarding Policy': `Safeguarding Policy: do they have one that protects children and vulnerable adults?${ITEM}`,
    'Data Protection': `Data Protection: can they keep personal data secure and lawful?${ITEM}`,
    'Reviewed By': 'Reviewed By: who checked these items.',
    'Review Date': 'Review Date: when they were last checked.',
    Readiness:
      'Readiness: red flag (any no), ready (all yes or n/a) or in progress. Written by Check partner readiness.',
    'Readiness Notes': 'Readiness Notes: the no items first, then the pending and unchecked ones.',
  },
  Conflicts: {
    ID: 'ID: your reference for this issue.',
    'Raised On': 'Raised On: the date the issue was first raised.',
    'Raised By': 'Raised By: who raised it.',
    Parties: 'Parties: the partners involved, separated by "; ".',
    Issue: 'Issue: what the disagreement is about, stated neutrally.',
    Stage: 'Stage: where the issue is in the protocol, from 1 Direct conversation to 5 Exit clause.',
    'Stage Due':
      'Stage Due: Raised On plus the days of the stages so far (Settings). Red when overdue. Written by Refresh dashboard.',
    Owner: 'Owner: who moves the issue to its next step.',
    Status: 'Status: open or resolved.',
    Resolution: 'Resolution: what was agreed.',
    'Lessons Learned': 'Lessons Learned: what the partnership will do differently.',
  },
  'Exit Plan': {
    Partnership: 'Partnership: the partnership or partner this plan is for.',
    'Exit Trigger': 'Exit Trigger: what ends the partnership (funding ends, goals met, a partner leaves).',
    'Planned End': 'Planned End: the date the partnership is planned to end or be reviewed for renewal.',
    'Handover To': 'Handover To: who carries the work on (a community group, a local authority).',
    'Continuity Funding': 'Continuity Funding: how the work is paid for afterwards.',
    'Assets And Data':
      'Assets And Data: who keeps equipment, materials and data; what is returned or deleted.',
    Communication: 'Communication: how participants, funders and the community are told.',
    Owner: 'Owner: who keeps this plan up to date.',
    'Review Date': 'Review Date: when the plan is next reviewed.',
    Readiness: 'Readiness: ready, or what is missing. Written by Refresh dashboard.',
  },
};

/** Notes the tab's lifecycle headers that have none: one read, one write per header noted. */
export function applyHeaderNotes(sheet: Sheet, schema: TabSchema, header: readonly unknown[]): void {
  const notes = NOTES[schema.name];
  if (!notes || header.length === 0) return;
  const columns = mapColumns(header, Object.keys(notes));
  const existing = sheet.getRange(1, 1, 1, header.length).getNotes()[0] ?? [];
  for (const [name, note] of Object.entries(notes)) {
    const column = columns[name];
    if (column === undefined || String(existing[column] ?? '') !== '') continue;
    sheet.getRange(1, column + 1).setNote(note);
  }
}

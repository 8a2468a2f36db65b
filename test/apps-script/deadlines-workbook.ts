/** A workbook with deadlines in all six sources, and the calendar feed read through doGet. */
import {
  ACTION_PLAN,
  CONFLICTS,
  EXIT_PLAN,
  FUNDING,
  IMPACT,
  STAKEHOLDERS,
} from '../../shared/workbook-schema.ts';
import { type AddOn, call, rowsOf, setUpWith } from './harness.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

/** Tabs as a person filled them in; "today" in the harness is 2025-03-01 (UTC). */
export function deadlineTabs(): Record<string, unknown[][]> {
  return {
    Stakeholders: rowsOf(STAKEHOLDERS.headers, [
      { ID: 's-1', Name: 'Riverside Foundation', Status: 'active', 'Next Check-in': day('2025-03-15') },
      { ID: 's-2', Name: 'Gone Partner', Status: 'exited', 'Next Check-in': day('2025-03-10') },
      { ID: 's-3', Name: 'No Date Yet', Status: 'prospect' },
    ]),
    Funding: rowsOf(FUNDING.headers, [
      {
        ID: 'f-1',
        Opportunity: 'Youth Water Fund',
        Funder: 'Riverside Foundation',
        Stage: 'prospect',
        Deadline: day('2025-03-08'),
      },
      { ID: 'f-2', Opportunity: 'Won already', Funder: 'X', Stage: 'awarded', Deadline: day('2025-03-20') },
      {
        ID: 'f-3',
        Opportunity: 'Clean, safe; water\nfor all',
        Funder: 'A\\B, C; D',
        Stage: 'submitted',
        Deadline: '2025-04-15',
      },
      { ID: 'f-4', Opportunity: 'No deadline', Funder: 'Y', Stage: 'drafting' },
      { ID: 'f-5', Opportunity: 'Turned down', Funder: 'Z', Stage: 'declined', Deadline: day('2025-03-09') },
    ]),
    Impact: rowsOf(IMPACT.headers, [
      { ID: 'i-1', Goal: 'Clean water', Indicator: 'Households connected', 'Due Date': day('2025-06-30') },
      { ID: 'i-2', Goal: 'Reached', Indicator: 'Wells', 'Due Date': day('2025-03-03'), Status: 'done' },
    ]),
    'Action Plan': rowsOf(ACTION_PLAN.headers, [
      {
        ID: 'm-1',
        Milestone: 'Sign MoU',
        Responsible: 'Ana',
        'Due Date': day('2025-03-04'),
        Status: 'in progress',
      },
      { ID: 'm-2', Milestone: 'Kick-off', 'Due Date': day('2025-03-02'), Status: 'done' },
      { ID: 'm-3', Milestone: 'Budget draft', 'Due Date': day('2025-02-20') },
    ]),
    Conflicts: rowsOf(CONFLICTS.headers, [
      {
        ID: 'c-1',
        'Raised On': day('2025-02-26'),
        Parties: 'Us; Riverside',
        Issue: 'Reporting delays',
        Stage: '1 Direct conversation',
        'Stage Due': day('2025-03-05'),
        Status: 'open',
      },
      { ID: 'c-2', Issue: 'Old', 'Stage Due': day('2025-03-06'), Status: 'resolved' },
    ]),
    'Exit Plan': rowsOf(EXIT_PLAN.headers, [
      { Partnership: 'Riverside water project', 'Planned End': day('2025-12-31') },
      { Partnership: 'No end set' },
    ]),
  };
}

/** Events each kind should give for deadlineTabs(). */
export const EXPECTED_COUNTS = { funding: 2, milestone: 2, impact: 1, 'check-in': 1, conflict: 1, exit: 1 };

/** Runs subscribeToDeadlines and returns the feed address and its key. */
export function subscribe(addOn: AddOn): { url: string; key: string } {
  addOn.runtime.execution.ui = true;
  call(addOn, 'subscribeToDeadlines');
  const html = addOn.runtime.ui.dialogs.at(-1)?.html ?? '';
  const url = /id="partnerkit-calendar-url">([^<]+)</.exec(html)?.[1] ?? '';
  const key = /[?&]calendar=([^&]+)/.exec(url)?.[1] ?? '';
  return { url, key: decodeURIComponent(key) };
}

/** A web-app GET with these parameters: the answer's text and MIME type name. */
export function get(addOn: AddOn, parameter: Record<string, string>): { content: string; mimeType: string } {
  addOn.runtime.execution.ui = false;
  const output = call(addOn, 'doGet', { parameter }) as { getContent(): string; getMimeType(): string };
  return { content: output.getContent(), mimeType: String(output.getMimeType()) };
}

/** A set-up workbook with the deadline tabs (plus any extra tabs). */
export function deadlineWorkbook(extra: Record<string, unknown[][]> = {}): AddOn {
  return setUpWith({ ...deadlineTabs(), ...extra });
}

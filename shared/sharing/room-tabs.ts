/**
 * What the Partner room shows (PRODUCT.md "Share with partners (the Partner room)"): tabs built
 * from the workbook's values by an allow-list of columns, so nothing private (ratings, Score,
 * Tier, Quadrant, Score Notes, Notes, Tags, Probability, Weighted Value, Settings, Access Log,
 * Feedback) can reach partners, whatever columns the workbook grows.
 */
import { mapColumns } from '../header-map.ts';
import { ACTION_PLAN } from '../workbook-schema.ts';
import { splitEmails } from './email.ts';
import { readShareAccess } from './plan.ts';

/** A tab as read: header row and data rows. */
export interface SourceTab {
  header: readonly unknown[];
  rows: readonly (readonly unknown[])[];
}

/** One tab of the room: its header and rows of plain values (text, numbers, booleans). */
export interface RoomTab {
  name: string;
  header: string[];
  rows: RoomValue[][];
}

export type RoomValue = string | number | boolean;

/** The tabs the room mirrors from the workbook (owner-only), then the one partners write in. */
export const MIRRORED_TABS = ['Partners', 'Action Plan', 'Shared Goals', 'Joint Funding', 'About'] as const;
export const UPDATES_TAB = 'Partner Updates';
export const UPDATE_HEADERS = ['Date', 'Partner', 'About', 'Update'] as const;

/** The workbook's tabs the room is built from (a missing tab is empty). */
export interface RoomSources {
  stakeholders: SourceTab;
  actionPlan: SourceTab;
  impact: SourceTab;
  funding: SourceTab;
  partnerUpdates: SourceTab;
}

/** What the About tab says. */
export interface RoomAbout {
  workbookName: string;
  refreshedAt: string;
  refreshedBy: string;
  surveyLink?: string;
}

/** Turns any cell into a room value; dates through `formatDate` (the add-on's time zone). */
export type ToRoomValue = (value: unknown) => RoomValue;

const PARTNER_COLUMNS = ['Name', 'Type', 'Website', 'Country', 'Focus Areas'] as const;
// The spec's Action Plan tab in the room: every column but the private Notes.
const ACTION_COLUMNS = ACTION_PLAN.headers.filter((header) => header !== 'Notes');
const GOAL_COLUMNS = [
  'Goal',
  'Indicator',
  'Partner',
  'Unit',
  'Baseline',
  'Target',
  'Actual',
  'Due Date',
  'Progress',
  'Status',
];
const FUNDING_COLUMNS = [
  'Opportunity',
  'Funder',
  'Amount Max',
  'Currency',
  'Deadline',
  'Stage',
  'Joint Partners',
];

/** The room's tabs, in order: Partners, Action Plan, Shared Goals, Joint Funding, Partner Updates, About. */
export function buildRoomTabs(sources: RoomSources, about: RoomAbout, toValue: ToRoomValue): RoomTab[] {
  return [
    partnersTab(sources.stakeholders, toValue),
    { name: 'Action Plan', ...pick(sources.actionPlan, ACTION_COLUMNS, toValue) },
    { name: 'Shared Goals', ...pick(sources.impact, GOAL_COLUMNS, toValue) },
    {
      name: 'Joint Funding',
      ...pick(sources.funding, FUNDING_COLUMNS, toValue, (get) => text(get('Joint Partners')) !== ''),
    },
    { name: UPDATES_TAB, ...pick(sources.partnerUpdates, [...UPDATE_HEADERS], toValue) },
    aboutTab(about),
  ];
}

function text(value: unknown): string {
  return String(value ?? '').trim();
}

type Getter = (header: string) => unknown;

function pick(
  tab: SourceTab,
  headers: readonly string[],
  toValue: ToRoomValue,
  keep: (get: Getter) => boolean = () => true,
): { header: string[]; rows: RoomValue[][] } {
  const columns = mapColumns(tab.header, headers);
  const rows: RoomValue[][] = [];
  for (const row of tab.rows) {
    const get: Getter = (h) => {
      const index = columns[h];
      return index === undefined ? '' : row[index];
    };
    if (headers.every((h) => text(get(h)) === '') || !keep(get)) continue;
    rows.push(headers.map((h) => toValue(get(h))));
  }
  return { header: [...headers], rows };
}

function partnersTab(stakeholders: SourceTab, toValue: ToRoomValue): RoomTab {
  const columns = mapColumns(stakeholders.header, [...PARTNER_COLUMNS, 'Emails', 'Share Access', 'Status']);
  const at = (row: readonly unknown[], h: keyof typeof columns) => {
    const index = columns[h];
    return index === undefined ? '' : row[index];
  };
  const rows = stakeholders.rows
    .filter(
      (row) =>
        text(at(row, 'Name')) !== '' &&
        readShareAccess(at(row, 'Share Access')) !== 'none' &&
        text(at(row, 'Status')).toLowerCase() !== 'exited',
    )
    .map((row) => [
      ...PARTNER_COLUMNS.map((h) => toValue(at(row, h))),
      splitEmails(at(row, 'Emails'))[0] ?? '',
    ]);
  return { name: 'Partners', header: [...PARTNER_COLUMNS, 'Contact'], rows };
}

function aboutTab(about: RoomAbout): RoomTab {
  const rows: RoomValue[][] = [
    ['Workbook', about.workbookName],
    [
      'What this is',
      'Shared with you by the workbook owner: partners, the action plan, shared goals and joint funding. Only Partner Updates is yours to edit.',
    ],
    ['Refreshed', about.refreshedAt],
    ['Refreshed by', about.refreshedBy],
  ];
  if (about.surveyLink) rows.push(['Health check survey', about.surveyLink]);
  return { name: 'About', header: ['Item', 'Value'], rows };
}

/** The tab's values as written: header first, trailing blanks dropped (as the Sheets API reads them back). */
export function tabValues(tab: RoomTab): RoomValue[][] {
  return [tab.header, ...tab.rows].map(trimRow);
}

/** A row without its trailing empty cells. */
export function trimRow(row: readonly unknown[]): RoomValue[] {
  const out = row.map((v) => (typeof v === 'number' || typeof v === 'boolean' ? v : String(v ?? '')));
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** True when the room's tab already holds these values; the About tab's refresh lines are ignored. */
export function sameTab(tab: RoomTab, current: readonly (readonly unknown[])[] | undefined): boolean {
  const volatile = (row: readonly unknown[]) =>
    tab.name === 'About' && /^Refreshed/.test(String(row[0] ?? ''));
  const wanted = tabValues(tab).filter((row) => !volatile(row));
  const have = (current ?? []).map(trimRow).filter((row) => !volatile(row));
  while (have.length > 0 && have[have.length - 1]?.length === 0) have.pop();
  return JSON.stringify(wanted) === JSON.stringify(have);
}

/** One Partner Updates row as text, to tell rows already imported from new ones. */
export function updateKey(row: readonly unknown[]): string {
  return JSON.stringify(UPDATE_HEADERS.map((_, i) => text(row[i])));
}

/**
 * Rows of the room's Partner Updates (values in UPDATE_HEADERS order, header first) that the
 * workbook does not hold yet: each row is imported once, duplicates counted as often as they occur.
 */
export function newPartnerUpdates(room: readonly (readonly unknown[])[], workbook: SourceTab): string[][] {
  const columns = mapColumns(workbook.header, [...UPDATE_HEADERS]);
  const known = new Map<string, number>();
  for (const row of workbook.rows) {
    const key = updateKey(UPDATE_HEADERS.map((h) => (columns[h] === undefined ? '' : row[columns[h] ?? 0])));
    known.set(key, (known.get(key) ?? 0) + 1);
  }
  const roomColumns = mapColumns(room[0] ?? [], [...UPDATE_HEADERS]);
  const fresh: string[][] = [];
  for (const row of room.slice(1)) {
    const values = UPDATE_HEADERS.map((h) =>
      roomColumns[h] === undefined ? '' : text(row[roomColumns[h] ?? 0]),
    );
    if (values.every((v) => v === '')) continue;
    const key = updateKey(values);
    const seen = known.get(key) ?? 0;
    if (seen > 0) known.set(key, seen - 1);
    else fresh.push(values);
  }
  return fresh;
}

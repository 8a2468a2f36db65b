/**
 * Where deadlines live in the workbook (PRODUCT.md, Deadlines): one source per kind, naming its
 * tab, date column, whether a row is still open, the title, and the columns that identify a row
 * when it has no ID. Columns are found by header text; a missing tab or column gives no events.
 */

/** What a deadline is about. */
export type DeadlineKind = 'funding' | 'milestone' | 'impact' | 'check-in' | 'conflict' | 'exit';

/** A data row read by header (absent columns read as ""). */
export type RowCells = (header: string) => string;

/** One place deadlines come from. */
export interface DeadlineSource {
  kind: DeadlineKind;
  tab: string;
  date: string;
  /** Headers this source reads (besides the date). */
  headers: readonly string[];
  /** False for rows whose deadline no longer matters (awarded, done, resolved…). */
  isOpen(cells: RowCells): boolean;
  title(cells: RowCells): string;
  /** Columns that name the row when it has no ID; the date is never part of it, so moving a date keeps the UID. */
  identity: readonly string[];
}

const lower = (text: string) => text.trim().toLowerCase();
const joined = (...parts: string[]) => parts.filter((part) => part.trim() !== '').join(' — ');

// Funding rows are open from prospect to submitted; a blank Stage is a prospect nobody staged yet.
const CLOSED_STAGES = new Set(['awarded', 'declined', 'withdrawn']);

/** The six sources of PRODUCT.md, in the order the calendar lists kinds. */
export const DEADLINE_SOURCES: readonly DeadlineSource[] = [
  {
    kind: 'funding',
    tab: 'Funding',
    date: 'Deadline',
    headers: ['ID', 'Opportunity', 'Funder', 'Stage'],
    isOpen: (cells) => !CLOSED_STAGES.has(lower(cells('Stage'))),
    title: (cells) =>
      `Funding deadline: ${joined(cells('Opportunity'), cells('Funder')) || 'untitled opportunity'}`,
    identity: ['Opportunity', 'Funder'],
  },
  {
    kind: 'milestone',
    tab: 'Action Plan',
    date: 'Due Date',
    headers: ['ID', 'Milestone', 'Responsible', 'Status'],
    isOpen: (cells) => lower(cells('Status')) !== 'done',
    title: (cells) =>
      `Milestone due: ${joined(cells('Milestone'), cells('Responsible')) || 'untitled milestone'}`,
    identity: ['Milestone', 'Responsible'],
  },
  {
    kind: 'impact',
    tab: 'Impact',
    date: 'Due Date',
    headers: ['ID', 'Goal', 'Indicator', 'Partner', 'Status'],
    isOpen: (cells) => lower(cells('Status')) !== 'done',
    title: (cells) => `Impact goal due: ${joined(cells('Goal'), cells('Indicator')) || 'untitled goal'}`,
    identity: ['Goal', 'Indicator', 'Partner'],
  },
  {
    kind: 'check-in',
    tab: 'Stakeholders',
    date: 'Next Check-in',
    headers: ['ID', 'Name', 'Status'],
    // Nobody checks in with a partnership that has ended.
    isOpen: (cells) => lower(cells('Status')) !== 'exited',
    title: (cells) => `Check in with ${cells('Name').trim() || 'a stakeholder'}`,
    identity: ['Name'],
  },
  {
    kind: 'conflict',
    tab: 'Conflicts',
    date: 'Stage Due',
    headers: ['ID', 'Parties', 'Issue', 'Stage', 'Status'],
    isOpen: (cells) => lower(cells('Status')) !== 'resolved',
    title: (cells) =>
      `Conflict stage due: ${joined(cells('Stage'), cells('Issue'), cells('Parties')) || 'open conflict'}`,
    identity: ['Raised On', 'Parties', 'Issue'],
  },
  {
    kind: 'exit',
    tab: 'Exit Plan',
    date: 'Planned End',
    headers: ['Partnership', 'Owner'],
    isOpen: () => true,
    title: (cells) => `Planned end: ${cells('Partnership').trim() || 'a partnership'}`,
    identity: ['Partnership'],
  },
];

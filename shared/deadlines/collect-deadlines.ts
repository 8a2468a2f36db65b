/** Deadlines from the workbook's tabs: one all-day event per open row with a date, per source. */
import { mapColumns } from '../header-map.ts';
import { type CalendarDate, readDate } from '../score/dates.ts';
import {
  DEADLINE_SOURCES,
  type DeadlineKind,
  type DeadlineSource,
  type RowCells,
} from './deadline-sources.ts';
import { hashText } from './hash-text.ts';

/** A tab as read: its name and values, header row first. */
export interface TabValues {
  name: string;
  values: readonly (readonly unknown[])[];
}

/** One deadline: an all-day event in the calendar, a line in the digest and on the page. */
export interface Deadline {
  kind: DeadlineKind;
  tab: string;
  /** 1-based sheet row (the header is row 1). */
  row: number;
  date: CalendarDate;
  title: string;
  /** Stable per row and kind: from the row's ID, else from the columns that name it. */
  uid: string;
}

/** How to read the tabs. */
export interface CollectOptions {
  /** How far the sheet's clock is ahead of UTC, for reading date cells. */
  zoneOffsetMs?: number;
  /** Right-hand side of every UID (e.g. one per workbook), so two workbooks' events never merge. */
  uidDomain?: string;
}

/** Every deadline of the six sources, sorted by date, then kind order, then row. */
export function collectDeadlines(tabs: readonly TabValues[], options: CollectOptions = {}): Deadline[] {
  const byName = new Map(tabs.map((tab) => [tab.name.trim().toLowerCase(), tab]));
  const deadlines = DEADLINE_SOURCES.flatMap((source) => {
    const tab = byName.get(source.tab.toLowerCase());
    return tab ? deadlinesOf(source, tab, options) : [];
  });
  const order = DEADLINE_SOURCES.map((source) => source.kind);
  return deadlines.sort(
    (a, b) =>
      dayKey(a.date) - dayKey(b.date) || order.indexOf(a.kind) - order.indexOf(b.kind) || a.row - b.row,
  );
}

function deadlinesOf(source: DeadlineSource, tab: TabValues, options: CollectOptions): Deadline[] {
  const header = tab.values[0] ?? [];
  const wanted = [source.date, ...source.headers, ...source.identity];
  const columns = mapColumns(header, wanted);
  const dateColumn = columns[source.date];
  if (dateColumn === undefined) return [];
  const domain = options.uidDomain ?? 'partnerkit';
  const seen = new Map<string, number>();
  const deadlines: Deadline[] = [];
  tab.values.forEach((row, index) => {
    if (index === 0) return;
    const date = readDate(row[dateColumn], options.zoneOffsetMs);
    if (!date) return;
    const cells: RowCells = (name) => cellText(row[columns[name] ?? -1], options.zoneOffsetMs);
    if (!source.isOpen(cells)) return;
    const key = rowKey(source, cells);
    // Two rows that look the same (no ID, same name) still get their own UIDs, in row order.
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    const uid = `${source.kind}-${key}${count > 1 ? `-${count}` : ''}@${domain}`;
    deadlines.push({
      kind: source.kind,
      tab: tab.name,
      row: index + 1,
      date,
      title: source.title(cells),
      uid,
    });
  });
  return deadlines;
}

// The row's ID when it is a plain token (UUIDs are), else a hash of the ID or of the naming columns.
function rowKey(source: DeadlineSource, cells: RowCells): string {
  const id = cells('ID').trim();
  if (/^[A-Za-z0-9_.-]{1,80}$/.test(id)) return id;
  if (id) return `id${hashText(id)}`;
  const naming = source.identity.map((header) => cells(header).trim().toLowerCase().replace(/\s+/g, ' '));
  return `row${hashText(naming.join('\u001f'))}`;
}

function cellText(value: unknown, zoneOffsetMs: number | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  const date = typeof value === 'object' ? readDate(value, zoneOffsetMs) : undefined;
  return date ? formatDay(date) : String(value);
}

/** A calendar day as YYYY-MM-DD. */
export function formatDay(date: CalendarDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

function dayKey(date: CalendarDate): number {
  return date.year * 10_000 + date.month * 100 + date.day;
}

import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { FUNDING } from '../../shared/workbook-schema.ts';
import { deadlineWorkbook, EXPECTED_COUNTS, get, subscribe } from './deadlines-workbook.ts';
import { call, loadAddOn, rowsOf, sheetData } from './harness.ts';

interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  isDate: boolean;
  category: string;
  alarms: string[];
  url: string;
}

function parse(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((event) => {
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    return {
      uid: String(event.getFirstPropertyValue('uid')),
      summary: String(event.getFirstPropertyValue('summary')),
      start: start.toString(),
      isDate: start.isDate,
      category: String(event.getFirstPropertyValue('categories')),
      alarms: event
        .getAllSubcomponents('valarm')
        .map((alarm) => String(alarm.getFirstPropertyValue('trigger'))),
      url: String(event.getFirstPropertyValue('url') ?? ''),
    };
  });
}

function countByCategory(events: ParsedEvent[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const event of events) counts[event.category] = (counts[event.category] ?? 0) + 1;
  return counts;
}

describe('doGet calendar=KEY', () => {
  it('should answer an RFC 5545 calendar with exactly the open deadlines of the six sources', () => {
    const addOn = deadlineWorkbook();
    const { url, key } = subscribe(addOn);
    expect(url).toMatch(/^https:\/\/script\.google\.com\/.+\/exec\?calendar=[A-Za-z0-9_-]{24,}$/);
    const dialog = addOn.runtime.ui.dialogs.at(-1)?.html ?? '';
    for (const howTo of [
      'Google Calendar',
      'From URL',
      'Outlook',
      'Subscribe from web',
      'Apple Calendar',
      'New Calendar Subscription',
    ])
      expect(dialog).toContain(howTo);
    call(addOn, 'onOpen', { authMode: 'FULL' });
    expect(addOn.runtime.ui.menus[0]?.items).toContainEqual({
      caption: 'Deadlines calendar…',
      functionName: 'subscribeToDeadlines',
    });
    const answer = get(addOn, { calendar: key });
    expect(answer.mimeType).toBe('ICAL');
    expect(answer.content.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(answer.content.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const events = parse(answer.content);
    expect(countByCategory(events)).toEqual({
      Funding: EXPECTED_COUNTS.funding,
      Milestone: EXPECTED_COUNTS.milestone,
      Impact: EXPECTED_COUNTS.impact,
      'Check-in': EXPECTED_COUNTS['check-in'],
      Conflict: EXPECTED_COUNTS.conflict,
      'Exit plan': EXPECTED_COUNTS.exit,
    });
    const byStart = Object.fromEntries(events.map((e) => [e.summary, e.start]));
    expect(byStart).toEqual({
      'Funding deadline: Youth Water Fund — Riverside Foundation': '2025-03-08',
      'Funding deadline: Clean, safe; water\nfor all — A\\B, C; D': '2025-04-15',
      'Milestone due: Budget draft': '2025-02-20',
      'Milestone due: Sign MoU — Ana': '2025-03-04',
      'Impact goal due: Clean water — Households connected': '2025-06-30',
      'Check in with Riverside Foundation': '2025-03-15',
      'Conflict stage due: 1 Direct conversation — Reporting delays — Us; Riverside': '2025-03-05',
      'Planned end: Riverside water project': '2025-12-31',
    });
    expect(events.every((e) => e.isDate)).toBe(true);
    expect(answer.content).toContain('DTSTART;VALUE=DATE:20250308\r\n');
  });

  it('should put alarms 7 days and 1 day before funding deadlines only', () => {
    const addOn = deadlineWorkbook();
    const events = parse(get(addOn, { calendar: subscribe(addOn).key }).content);
    for (const event of events)
      expect(event.alarms).toEqual(event.category === 'Funding' ? ['-P7D', '-P1D'] : []);
  });

  it('should keep UIDs stable across calls and unique per row and kind, each event linking to its row', () => {
    const addOn = deadlineWorkbook();
    const { key } = subscribe(addOn);
    const first = parse(get(addOn, { calendar: key }).content);
    const second = parse(get(addOn, { calendar: key }).content);
    expect(second.map((e) => [e.uid, e.start])).toEqual(first.map((e) => [e.uid, e.start]));
    expect(new Set(first.map((e) => e.uid)).size).toBe(first.length);
    const water = first.find((e) => e.summary.includes('Youth Water Fund'));
    expect(water?.uid).toMatch(/^funding-f-1@/);
    // The Exit Plan has no ID column: its UID comes from the row's content, not its position.
    const exit = first.find((e) => e.category === 'Exit plan');
    expect(exit?.uid).toMatch(/^exit-row[0-9a-f]{16}@/);
    expect(water?.url).toMatch(/^https:\/\/docs\.google\.com\/spreadsheets\/d\/.+#gid=\d+&range=A2$/);
  });

  it('should keep a row UID when its date moves and rows above it are added', () => {
    const addOn = deadlineWorkbook();
    const { key } = subscribe(addOn);
    const before = parse(get(addOn, { calendar: key }).content).find((e) => e.category === 'Exit plan');
    const sheet = addOn.runtime.spreadsheet.fake.getSheetByName('Exit Plan');
    sheet?.insertRowBefore(2);
    sheet?.getRange('C3').setValue(new Date('2026-01-31T00:00:00Z'));
    const after = parse(get(addOn, { calendar: key }).content).find((e) => e.category === 'Exit plan');
    expect(after?.start).toBe('2026-01-31');
    expect(after?.uid).toBe(before?.uid);
  });

  it('should give no calendar for a wrong, missing, old or empty key', () => {
    const addOn = deadlineWorkbook();
    const old = subscribe(addOn).key;
    const current = subscribe(addOn).key;
    expect(current).not.toBe(old);
    for (const calendar of [old, 'wrong-key-wrong-key-wrong-key', '', current.slice(0, -1)]) {
      const answer = get(addOn, { calendar });
      expect(answer.mimeType).not.toBe('ICAL');
      expect(answer.content).not.toContain('BEGIN:VCALENDAR');
      expect(JSON.parse(answer.content)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(get(addOn, { calendar: current }).mimeType).toBe('ICAL');
  });

  it('should give no calendar before any key was made, and keep the plain GET answer', () => {
    const addOn = deadlineWorkbook();
    expect(get(addOn, { calendar: 'a'.repeat(43) }).content).not.toContain('BEGIN:VCALENDAR');
    expect(JSON.parse(get(addOn, {}).content)).toEqual({ ok: true, app: 'partnerkit', v: 1 });
  });

  it('should keep only a hash of the key in the workbook', () => {
    const addOn = deadlineWorkbook();
    const { key } = subscribe(addOn);
    const settings = addOn.runtime.spreadsheet.values('Settings') ?? [];
    expect(JSON.stringify(settings)).not.toContain(key);
    expect(settings.find((row) => row[0] === 'calendar key hash')?.[1]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should give an empty calendar when the source tabs or date columns are missing', () => {
    const addOn = deadlineWorkbook();
    for (const name of ['Conflicts', 'Exit Plan', 'Action Plan', 'Impact']) {
      const sheet = addOn.runtime.spreadsheet.fake.getSheetByName(name);
      if (sheet) addOn.runtime.spreadsheet.fake.deleteSheet(sheet);
    }
    const stakeholders = addOn.runtime.spreadsheet.fake.getSheetByName('Stakeholders');
    const header = stakeholders?.getRange(1, 1, 1, stakeholders.getLastColumn()).getValues()[0] ?? [];
    stakeholders?.deleteColumn(header.indexOf('Next Check-in') + 1);
    const events = parse(get(addOn, { calendar: subscribe(addOn).key }).content);
    expect(countByCategory(events)).toEqual({ Funding: 2 });
  });
});

describe('calendar text', () => {
  it('should escape commas, semicolons, backslashes and newlines, and fold a 60,000-character title at 75 octets', () => {
    const opportunity = `Água, ação; "x"\\y\n${'é😀a,;'.repeat(6_000)}${'z'.repeat(4_000)}`;
    const funder = `Fund; ${'ü'.repeat(20_000)}`;
    const addOn = deadlineWorkbook({
      Funding: rowsOf(FUNDING.headers, [
        { ID: 'long', Opportunity: opportunity, Funder: funder, Stage: 'prospect', Deadline: '2025-03-20' },
      ]),
    });
    const text = get(addOn, { calendar: subscribe(addOn).key }).content;
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\r\n]/);
      // No character is cut in two between lines.
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    const summary = parse(text).find((e) => e.category === 'Funding')?.summary ?? '';
    const title = `Funding deadline: ${opportunity} — ${funder}`;
    expect(title.length).toBeGreaterThan(60_000);
    expect(summary).toBe(title);
    expect(text).toContain('SUMMARY:Funding deadline: Água\\, ação\\; "x"\\\\y\\né😀a\\,\\;');
  });
});

describe("calendar dates in the sheet's time zone", () => {
  it.each(['Pacific/Auckland', 'America/Los_Angeles'])(
    'should give the day a person typed in a sheet set to %s',
    (timeZone) => {
      const addOn = loadAddOn({
        timeZone,
        workbook: {
          id: 'SHEET_ID',
          name: 'Partners',
          timeZone,
          sheets: [
            sheetData('Funding', rowsOf(FUNDING.headers, [{ ID: 'f-1', Opportunity: 'Grant', Funder: 'F' }])),
          ],
        },
      });
      call(addOn, 'setUpWorkbook');
      const sheet = addOn.runtime.spreadsheet.fake.getSheetByName('Funding');
      const deadline = (addOn.runtime.spreadsheet.values('Funding')?.[0] ?? []).indexOf('Deadline') + 1;
      // Typed as a person would: Sheets turns it into a date at midnight in the sheet's zone.
      sheet?.getRange(2, deadline).setValue('2025-03-08');
      expect(Object.prototype.toString.call(sheet?.getRange(2, deadline).getValue())).toBe('[object Date]');
      const events = parse(get(addOn, { calendar: subscribe(addOn).key }).content);
      expect(events.map((e) => e.start)).toEqual(['2025-03-08']);
    },
  );
});

describe('calendar feed cost', () => {
  it('should make as many service calls for 2,000 funding rows as for 2', () => {
    const callsFor = (count: number) => {
      const rows = Array.from({ length: count }, (_, i) => ({
        ID: `f-${i}`,
        Opportunity: `Grant ${i}`,
        Funder: 'F',
        Deadline: '2025-04-01',
      }));
      const addOn = deadlineWorkbook({ Funding: rowsOf(FUNDING.headers, rows) });
      const { key } = subscribe(addOn);
      addOn.runtime.calls.reset();
      const text = get(addOn, { calendar: key }).content;
      expect(parse(text).filter((e) => e.category === 'Funding')).toHaveLength(count);
      return addOn.runtime.calls.total();
    };
    expect(callsFor(2_000)).toBe(callsFor(2));
  });
});

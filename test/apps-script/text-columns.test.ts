/**
 * PRODUCT.md "Bounded input": a text column keeps text as written. Every sample goes through the
 * built bundle into each text column a clip fills, and is read back with getValues.
 */
import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../shared/identity/name-words.ts';
import { connected, post } from './clipper-session.ts';
import { tab } from './harness.ts';

const WRITTEN = [
  '007',
  '1,000',
  '2026-01-05',
  'TRUE',
  'FALSE',
  '02079460958',
  '50%',
  '3/4/2026',
  '12/31/2025',
  '1.5',
  '-5',
  '+44 20 7946 0958',
  '(020) 7946 0958',
  '$1,000',
  '€25.000',
  '£5',
  '¥100',
  '1e5',
  '1E-3',
  '.5',
  '0.50',
  '100',
  '3.14159',
  '1/2',
  '12:30',
  '12:30:45',
  '2026-01-05 10:00',
  '2026-01-05T10:00:00Z',
  'Jan 5, 2026',
  '5 January 2026',
  'January 2026',
  '=1+1',
  '=HYPERLINK("http://evil.example","x")',
  '+SUM(A1)',
  '-A1',
  '@cmd',
  "'quoted",
  "''twice",
  '12-Jan',
  '2026/01/05',
  '05.01.2026',
  '0x1F',
  'Infinity',
  'NaN',
  '1 000',
  '1 000,50',
  '١٢٣',
  '１２３',
  '#REF!',
  '#N/A',
  '100%',
  '-0',
  '0',
  '00',
  '+1',
  '1.0',
  '1,5',
  '(100)',
  '5-',
  '+',
  '-',
  '=',
  '@',
  "'",
  'wahr',
  'yes',
  'N/A',
  '2026',
  '2026-13-45',
  '99:99',
  '1st',
  '2nd Street',
  '10 Downing St',
  'Acme 2030',
  'SDG 3',
  '3; 6',
  'P.O. Box 12',
  '#12',
  '*5',
  '~5',
  '5e',
  'e5',
  '"quoted"',
  'A1',
  'Q1 2026',
  '1/2/3',
  '10am',
  '1.000.000',
  '12,34',
  '½',
  '0001',
  '00123',
  '1234567890123456789',
  '9007199254740993',
  '123456789012',
  '+0',
  '-.5',
  '1..2',
  '1,00',
  '4/31/2026',
  '2/29/2024',
  '13/13/2026',
  '2026-02-29',
  '  42  ',
  ' 2026-01-05',
  'true ',
  '-1,000',
  '1,000.50',
  '+1,000',
  '50 %',
  '3.5%',
  '$-5',
  'Riverbend Food Shelf',
  'Cedar Prairie Community Foundation',
];

// Each sample once: names equal after normalisation would fill one row instead of adding two.
const SAMPLES = [...new Map(WRITTEN.map((text) => [normaliseName(text) || text, text])).values()];
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function cellsOf(rows: unknown[][], header: unknown[], row: number, headers: readonly string[]): unknown[] {
  return headers.map((h) => rows[row - 2]?.[header.indexOf(h)]);
}

describe('text columns', () => {
  it('should read every text cell back exactly as written', () => {
    const { addOn, token } = connected();
    const clips = SAMPLES.flatMap((text, i) => [
      {
        id: uuid(2 * i + 1),
        kind: 'organization',
        capturedAt: '2026-11-22T10:00:00Z',
        sourceUrl: `https://probe.example/org/${i}`,
        notes: text,
        tags: [text],
        organization: {
          name: text,
          emails: [text],
          phones: [text],
          focusAreas: [text],
          description: text,
        },
      },
      {
        id: uuid(2 * i + 2),
        kind: 'opportunity',
        capturedAt: '2026-11-22T10:00:00Z',
        sourceUrl: `https://probe.example/opportunity/${i}`,
        notes: text,
        tags: [text],
        opportunity: { title: text, funderName: text, eligibility: text },
      },
    ]);
    const results = post(addOn, { v: 1, token, clips }).results as { status: string; row: number }[];
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const people = tab(addOn, 'Stakeholders');
    const money = tab(addOn, 'Funding');
    // Country is not free text: it holds ISO codes (test/core/country-code.test.ts).
    const org = ['Name', 'Emails', 'Phones', 'Focus Areas', 'Description', 'Tags', 'Notes'];
    const opp = ['Opportunity', 'Funder', 'Eligibility', 'Tags', 'Notes'];
    let compared = 0;
    const changed: { written: string; read: unknown; where: string }[] = [];
    SAMPLES.forEach((text, i) => {
      const written = text.trim();
      for (const [which, values, headers] of [
        [results[2 * i], people, org],
        [results[2 * i + 1], money, opp],
      ] as const) {
        expect(which?.status).toBe('added');
        cellsOf(values.rows, values.header, which?.row ?? 0, headers).forEach((read, c) => {
          compared += 1;
          if (read !== written) changed.push({ written, read, where: headers[c] ?? '' });
        });
      }
    });
    expect(compared).toBeGreaterThanOrEqual(900);
    expect(changed).toEqual([]);
    const sheets = addOn.runtime.spreadsheet.snapshot().sheets;
    expect(sheets.flatMap((sheet) => sheet.formulas ?? [])).toEqual([]);
  });

  it('should still give number and date columns numbers and dates', () => {
    const { addOn, token } = connected();
    const clip = {
      id: uuid(1),
      kind: 'opportunity',
      capturedAt: '2026-11-22T10:00:00Z',
      sourceUrl: 'https://fund.example/grant',
      opportunity: { title: 'Grant', amountMin: 1000, amountMax: 5000, deadline: '2027-01-31' },
    };
    post(addOn, { v: 1, token, clips: [clip] });
    const money = tab(addOn, 'Funding');
    const [min, max, deadline, captured] = cellsOf(money.rows, money.header, 2, [
      'Amount Min',
      'Amount Max',
      'Deadline',
      'Captured At',
    ]);
    expect([min, max]).toEqual([1000, 5000]);
    expect(deadline).toBeInstanceOf(Date);
    expect((captured as Date).toISOString()).toBe('2026-11-22T10:00:00.000Z');
  });
});

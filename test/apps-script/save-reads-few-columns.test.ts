/**
 * doPost reads every row's matching columns only and the rows it fills whole: a person's cells in
 * the other columns of far-apart rows, and of the rows between, stay as they were, and a row with
 * nothing left empty answers duplicate.
 */
import { describe, expect, it } from 'vitest';
import { connected, post } from './clipper-session.ts';
import { column, rowsOf } from './harness.ts';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function orgClip(n: number, organization: Record<string, unknown>) {
  return {
    id: uuid(n),
    kind: 'organization',
    capturedAt: '2025-03-01T10:00:00Z',
    sourceUrl: 'https://x.org/a',
    organization,
  };
}

describe('clips filling rows of a long tab', () => {
  it('should fill only the empty cells of far-apart matched rows and keep every other cell', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({
      ID: uuid(1000 + i),
      Name: `Partner ${i}`,
      Website: `https://partner${i}.example`,
      Country: i === 40 ? '' : `Country ${i}`,
      Description: i === 3 ? 'Kept words' : '',
    }));
    const { addOn, token } = connected({
      Stakeholders: rowsOf(['ID', 'Name', 'Website', 'Country', 'Description'], rows),
    });
    const answer = post(addOn, {
      v: 1,
      token,
      clips: [
        orgClip(1, { name: 'Partner 40', country: 'Ghana', description: 'New words' }),
        orgClip(2, { name: 'Partner 3', website: 'https://www.partner3.example/', description: 'Lost?' }),
        orgClip(3, { name: 'Partner 7', country: 'Mali' }),
      ],
    });
    expect(answer.results).toEqual([
      { id: uuid(1), status: 'updated', row: 42 },
      { id: uuid(2), status: 'updated', row: 5 },
      { id: uuid(3), status: 'updated', row: 9 },
    ]);
    const again = post(addOn, { v: 1, token, clips: [orgClip(4, { name: 'Partner 7', country: 'Mali' })] });
    expect(again.results).toEqual([{ id: uuid(4), status: 'duplicate', row: 9 }]);
    const countries = column(addOn, 'Stakeholders', 'Country');
    expect(countries[40]).toBe('GH');
    expect(countries.filter((c, i) => i !== 40 && c !== `Country ${i}`)).toEqual([]);
    const descriptions = column(addOn, 'Stakeholders', 'Description');
    expect(descriptions[3]).toBe('Kept words');
    expect(descriptions[40]).toBe('New words');
    expect(descriptions.filter((d, i) => i !== 3 && i !== 40 && d !== '')).toEqual([]);
    expect(column(addOn, 'Stakeholders', 'Name')).toEqual(rows.map((r) => r.Name));
  });
});

/**
 * A retried clip is found by its id whether the plan scans the ID column (few clips) or keys
 * every id (many): same row, first row winning, case and an escape apostrophe ignored.
 */
import { describe, expect, it } from 'vitest';
import { appendRecord, positionOfId, tabOf } from '../../shared/records/plan-tab.ts';

const ID = 'aaaaaaaa-0000-4000-8000-00000000000';
const CELLS = [
  `${ID}1`,
  `${ID}1`.toUpperCase(),
  ` ${ID}2 `,
  `'${ID}3`,
  `x${ID}4`,
  `${ID}44`,
  '',
  12345,
  null,
  `'${ID}5`.toUpperCase(),
  `${ID}2`,
  '\u212Aelvin-id',
];
const WANTED = [
  ...[1, 2, 3, 4, 5, 6].map((n) => `${ID}${n}`),
  `${ID}1`.toUpperCase(),
  '12345',
  'kelvin-id',
  'x',
  `${ID}44`,
];

function tab() {
  const values = { header: ['Name', 'ID'], rows: CELLS.map((id, i) => [`Row ${i}`, id]) };
  const planned = tabOf(values, { Name: 0, ID: 1 });
  appendRecord(planned, { Name: 'New', ID: `'${ID}6` });
  appendRecord(planned, { Name: 'Again', ID: `${ID}1` });
  return planned;
}

describe('clip ids of a tab, scanned or keyed', () => {
  it('should find the same first row either way', () => {
    const keyed = tab();
    for (let i = 0; i < 20; i += 1) positionOfId(keyed, 'warm-up');
    expect(keyed.idsComplete).toBe(true);
    for (const wanted of WANTED) {
      const scanned = tab();
      expect(positionOfId(scanned, wanted), wanted).toBe(positionOfId(keyed, wanted));
      expect(scanned.idsComplete).toBe(false);
    }
    expect(positionOfId(keyed, `${ID}1`)).toBe(0);
    expect(positionOfId(keyed, `${ID}2`)).toBe(2);
    expect(positionOfId(keyed, `${ID}5`)).toBe(9);
    expect(positionOfId(keyed, `${ID}6`)).toBe(CELLS.length);
  });
});

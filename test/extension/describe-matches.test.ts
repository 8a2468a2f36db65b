import { describe, expect, it } from 'vitest';
import { describeMatches } from '../../extension/clip/describe-matches.ts';
import { readMatches } from '../../extension/clip/read-matches.ts';
import type { SheetMatch } from '../../extension/sync/sheet-lookup.ts';

const funderRow: SheetMatch = {
  index: 1,
  id: 'st-1',
  name: 'Amateur Radio Digital Communications',
  tab: 'Stakeholders',
  row: 3,
  reason: 'same website',
};
const grantRow: SheetMatch = {
  index: 0,
  id: 'fu-1',
  name: 'ARDC Grants 2026',
  tab: 'Funding',
  row: 7,
  reason: 'same link',
};

const words = (kind: 'organization' | 'opportunity', matches: SheetMatch[]) =>
  describeMatches(kind, readMatches(kind, matches));

describe('describeMatches', () => {
  it('should promise to fill in the opportunity’s row when the sheet has it, with the reason', () => {
    expect(words('opportunity', [grantRow, funderRow])).toEqual({
      promise:
        'This opportunity is already in your sheet — Funding row 7 (same link). Saving fills in its empty cells; no second row.',
      aside: 'Funder “Amateur Radio Digital Communications” is in Stakeholders row 3.',
      action: 'Update the row in your sheet',
    });
  });

  it('should never promise "no duplicate" when only the funder is in the sheet', () => {
    const said = words('opportunity', [funderRow]);
    expect(said.promise).toBeUndefined();
    expect(said.action).toBe('Save to sheet');
    expect(said.aside).toBe(
      'This opportunity is not in your sheet yet. Funder “Amateur Radio Digital Communications” is in Stakeholders row 3.',
    );
    expect(JSON.stringify(said)).not.toMatch(/duplicate|already|fills/i);
  });

  it('should not take an organisation match of the opportunity query for the opportunity', () => {
    // An older sheet answers every query from Stakeholders; the opportunity is not there.
    const said = words('opportunity', [{ ...funderRow, index: 0 }]);
    expect(said.promise).toBeUndefined();
    expect(said.action).toBe('Save to sheet');
  });

  it('should promise to fill in an organisation’s row, naming it and why', () => {
    const said = words('organization', [{ ...funderRow, index: 0, reason: 'same name' }]);
    expect(said.promise).toBe(
      'Already in your sheet — Stakeholders row 3, “Amateur Radio Digital Communications” (same name). Saving fills in its empty cells; no second row.',
    );
    expect(said.action).toBe('Update the row in your sheet');
  });

  it('should say a possible duplicate gets a new row of its own', () => {
    const said = words('organization', [
      { ...funderRow, index: 0, name: 'Riverbend Food Shelf', row: 11, possibleDuplicate: true },
    ]);
    expect(said.promise).toBe(
      'Same website as row 11 (Riverbend Food Shelf) but a different name: saving adds a new row marked as a possible duplicate.',
    );
    expect(said.action).toBe('Save as a new row');
  });

  it('should say an organisation the sheet lacks is not there yet', () => {
    expect(words('organization', [])).toEqual({ aside: 'Not in your sheet yet.', action: 'Save to sheet' });
  });
});

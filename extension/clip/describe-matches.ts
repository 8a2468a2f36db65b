/** What the popup says before saving: what the sheet already has and what saving will do, in words. */
import type { SheetMatch } from '../sync/sheet-lookup.ts';
import type { ClipKind } from './draft.ts';
import type { FormMatches } from './read-matches.ts';

export interface MatchWords {
  /** The row saving fills in, or the new row it marks: shown boxed above Save. */
  promise?: string;
  /** Worth knowing, changes nothing about saving: shown beside Save. */
  aside?: string;
  /** The Save button's label. */
  action: string;
}

const reasonOf = (m: SheetMatch) => (m.reason ? ` (${m.reason})` : '');

/** The words for a finished lookup; `undefined` matches mean the sheet was not asked. */
export function describeMatches(kind: ClipKind, matches: FormMatches): MatchWords {
  const { sameRow, possibleDuplicate, funder } = matches;
  const funderWords = funder ? `Funder “${funder.name}” is in Stakeholders row ${funder.row}.` : undefined;
  if (sameRow) {
    const what =
      kind === 'opportunity'
        ? `This opportunity is already in your sheet — Funding row ${sameRow.row}${reasonOf(sameRow)}.`
        : `Already in your sheet — Stakeholders row ${sameRow.row}, “${sameRow.name}”${reasonOf(sameRow)}.`;
    return {
      promise: `${what} Saving fills in its empty cells; no second row.`,
      aside: funderWords,
      action: 'Update the row in your sheet',
    };
  }
  if (possibleDuplicate)
    return {
      promise: `Same website as row ${possibleDuplicate.row} (${possibleDuplicate.name}) but a different name: saving adds a new row marked as a possible duplicate.`,
      aside: funderWords,
      action: 'Save as a new row',
    };
  const notYet =
    kind === 'opportunity' ? 'This opportunity is not in your sheet yet.' : 'Not in your sheet yet.';
  return { aside: funderWords ? `${notYet} ${funderWords}` : notYet, action: 'Save to sheet' };
}

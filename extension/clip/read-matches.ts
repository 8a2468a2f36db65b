/**
 * The sheet's lookup answer for the form, read as what saving will do (PRODUCT.md "Identity"):
 * fill in one row's empty cells, add a new row marked as a possible duplicate, or add a new row.
 */
import type { SheetMatch } from '../sync/sheet-lookup.ts';
import type { ClipKind } from './draft.ts';
import { FORM_QUERY, FUNDER_QUERY } from './lookup-queries.ts';

export interface FormMatches {
  /** The row that saving fills in: the same organisation or opportunity. */
  sameRow?: SheetMatch;
  /** A row on the same website under a conflicting name: saving adds a new row that names it. */
  possibleDuplicate?: SheetMatch;
  /** The opportunity's funder, already a stakeholder. */
  funder?: SheetMatch;
}

const TAB_OF: Record<ClipKind, SheetMatch['tab']> = {
  organization: 'Stakeholders',
  opportunity: 'Funding',
};

/** Sorts the matches of `formQueries` into what saving does and what is only worth knowing. */
export function readMatches(kind: ClipKind, matches: readonly SheetMatch[]): FormMatches {
  const own = matches.filter((m) => m.index === FORM_QUERY && m.tab === TAB_OF[kind]);
  const funder =
    kind === 'opportunity'
      ? matches.find((m) => m.index === FUNDER_QUERY && m.tab === 'Stakeholders' && !m.possibleDuplicate)
      : undefined;
  return {
    sameRow: own.find((m) => !m.possibleDuplicate),
    possibleDuplicate: own.find((m) => m.possibleDuplicate),
    funder,
  };
}

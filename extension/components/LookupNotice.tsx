import type { LookupMatch } from '../../shared/protocol.ts';

export interface LookupNoticeProps {
  state: 'idle' | 'checking' | 'done' | 'unavailable';
  match?: LookupMatch;
}

/** Tells, before saving, whether the sheet already has this organisation. */
export function LookupNotice({ state, match }: LookupNoticeProps) {
  if (match) {
    return (
      <p class="notice in-sheet" role="status">
        <strong>Already in your sheet:</strong>{' '}
        <span class="match-name" title={match.name}>
          “{match.name}”
        </span>
        , {match.tab} row {match.row}. Saving fills in its empty cells, with no duplicate.
      </p>
    );
  }
  if (state === 'checking')
    return (
      <p class="notice" role="status">
        Checking your sheet…
      </p>
    );
  if (state === 'done')
    return (
      <p class="notice" role="status">
        Not in your sheet yet.
      </p>
    );
  return null;
}

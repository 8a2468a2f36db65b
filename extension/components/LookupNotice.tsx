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
        Already in your sheet: “{match.name}”, {match.tab} row {match.row}. Saving updates that row's empty
        cells instead of adding a duplicate.
      </p>
    );
  }
  if (state === 'checking') return <p class="notice">Checking your sheet…</p>;
  if (state === 'done') return <p class="notice">Not in your sheet yet.</p>;
  return null;
}

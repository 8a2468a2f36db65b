import type { LookupState } from '../popup/use-lookup.ts';

export interface LookupNoticeProps {
  state: LookupState;
  /** What the finished lookup means, in words (describeMatches). */
  words?: string;
}

/** Beside Save: whether the sheet is being asked, and what it answered that changes nothing. */
export function LookupNotice({ state, words }: LookupNoticeProps) {
  if (state === 'checking')
    return (
      <p class="notice" role="status">
        Checking your sheet…
      </p>
    );
  if (state === 'done' && words)
    return (
      <p class="notice" role="status">
        {words}
      </p>
    );
  return null;
}

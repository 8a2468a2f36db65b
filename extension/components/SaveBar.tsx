import { describeMatches } from '../clip/describe-matches.ts';
import type { ClipKind } from '../clip/draft.ts';
import type { FormMatches } from '../clip/read-matches.ts';
import type { SaveOutcome } from '../popup/save-clips.ts';
import type { LookupState } from '../popup/use-lookup.ts';
import { LookupNotice } from './LookupNotice.tsx';

export interface SaveBarProps {
  kind: ClipKind;
  lookup: LookupState;
  matches: FormMatches;
  /** Why Save is off, shown beside it; undefined when the form can be saved. */
  problem?: string;
  busy: boolean;
  outcome?: SaveOutcome;
  connected: boolean;
}

/** Stays at the bottom of the Clipper: what saving will do in the sheet, and Save with why it is off. */
export function SaveBar({ kind, lookup, matches, problem, busy, outcome, connected }: SaveBarProps) {
  const words = describeMatches(kind, lookup === 'done' ? matches : {});
  return (
    <div class="save-bar">
      {lookup === 'done' && words.promise && (
        <p class="notice in-sheet" role="status">
          {words.promise}
        </p>
      )}
      <div class="save-row">
        <button
          type="submit"
          class="primary"
          disabled={busy || problem !== undefined}
          aria-describedby={problem ? 'save-problem' : undefined}
        >
          {busy ? 'Saving…' : words.action}
        </button>
        {problem ? (
          <p id="save-problem" class="save-problem">
            {problem}
          </p>
        ) : (
          <LookupNotice state={lookup} words={words.aside} />
        )}
      </div>
      {outcome && (
        <p class={outcome.ok ? 'saved' : 'problem'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.ok ? savedText(outcome.count, connected) : outcome.message}
        </p>
      )}
    </div>
  );
}

function savedText(count: number, connected: boolean): string {
  const [what, it, waits] =
    count === 1 ? ['Clip saved', 'it', 'it waits'] : [`${count} clips saved`, 'them', 'they wait'];
  return connected ? `${what}: sending ${it} to your sheet.` : `${what}: ${waits} here until you connect.`;
}

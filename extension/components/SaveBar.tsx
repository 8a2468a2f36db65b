import type { LookupMatch } from '../../shared/protocol.ts';
import type { SaveOutcome } from '../popup/save-clips.ts';
import { LookupNotice, type LookupNoticeProps } from './LookupNotice.tsx';

export interface SaveBarProps {
  lookup: LookupNoticeProps['state'];
  match?: LookupMatch;
  /** Why Save is off, shown beside it; undefined when the form can be saved. */
  problem?: string;
  busy: boolean;
  outcome?: SaveOutcome;
  connected: boolean;
}

/** Stays at the bottom of the Clipper: what the sheet already has, and Save with why it is off. */
export function SaveBar({ lookup, match, problem, busy, outcome, connected }: SaveBarProps) {
  return (
    <div class="save-bar">
      {match && <LookupNotice state={lookup} match={match} />}
      <div class="save-row">
        <button
          type="submit"
          class="primary"
          disabled={busy || problem !== undefined}
          aria-describedby={problem ? 'save-problem' : undefined}
        >
          {busy ? 'Saving…' : match ? 'Update the row in your sheet' : 'Save to sheet'}
        </button>
        {problem ? (
          <p id="save-problem" class="save-problem">
            {problem}
          </p>
        ) : (
          !match && <LookupNotice state={lookup} />
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
  const what = count === 1 ? 'Clip saved' : `${count} clips saved`;
  return connected ? `${what}: sending it to your sheet.` : `${what}: it waits here until you connect.`;
}

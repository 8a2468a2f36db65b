import { plainReason } from '../clip/plain-reason.ts';
import type { StoredClip } from '../storage/clip-store.ts';

export interface RecentClipsProps {
  clips: StoredClip[];
  onRetry: (id: string) => void;
  onExport: () => void;
}

// Says what the sheet did, so it can be held against what the popup promised before saving.
const STATE_LABELS: Record<StoredClip['state'], string> = {
  waiting: 'Waiting',
  sent: 'Added',
  updated: 'Updated',
  'in-sheet': 'Already there',
  failed: 'Failed',
};
const SHOWN = 6;

/** The latest clips and their delivery state, newest first. */
export function RecentClips({ clips, onRetry, onExport }: RecentClipsProps) {
  const recent = clips.slice(-SHOWN).reverse();
  return (
    <section class="recent" aria-labelledby="recent-title">
      <div class="section-head">
        <h2 id="recent-title">Recent clips</h2>
        {clips.length > 0 && (
          <button type="button" class="ghost" onClick={onExport}>
            Export all as CSV
          </button>
        )}
      </div>
      {recent.length === 0 && (
        <p class="hint">Nothing clipped yet. What you save shows here with whether it reached your sheet.</p>
      )}
      <ul>
        {recent.map(({ clip, state, reason, row }) => {
          const name =
            (clip.kind === 'opportunity' ? clip.opportunity?.title : clip.organization?.name) ||
            clip.sourceUrl;
          return (
            <li key={clip.id} class={`clip state-${state}`} data-clip-id={clip.id}>
              <span class="clip-name" title={name}>
                {name}
              </span>
              <span class="clip-state">
                {STATE_LABELS[state]}
                {row ? ` · row ${row}` : ''}
              </span>
              {state === 'failed' && (
                <button
                  type="button"
                  class="ghost"
                  aria-label={`Retry ${name}`}
                  onClick={() => onRetry(clip.id)}
                >
                  Retry
                </button>
              )}
              {reason && <span class="clip-reason">{plainReason(reason)}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

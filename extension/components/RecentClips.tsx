import type { StoredClip } from '../storage/clip-store.ts';

export interface RecentClipsProps {
  clips: StoredClip[];
  onRetry: (id: string) => void;
  onExport: () => void;
}

const STATE_LABELS: Record<StoredClip['state'], string> = {
  waiting: 'waiting',
  sent: 'sent',
  'in-sheet': 'already in sheet',
  failed: 'failed',
};
const SHOWN = 8;

/** The latest clips and their delivery state, newest first. */
export function RecentClips({ clips, onRetry, onExport }: RecentClipsProps) {
  const recent = clips.slice(-SHOWN).reverse();
  return (
    <section class="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent clips</h2>
      {recent.length === 0 && <p>No clips yet.</p>}
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
                {row ? ` (row ${row})` : ''}
                {reason ? `: ${reason}` : ''}
              </span>
              {state === 'failed' && (
                <button type="button" aria-label={`Retry ${name}`} onClick={() => onRetry(clip.id)}>
                  Retry
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={onExport} disabled={clips.length === 0}>
        Export all clips as CSV
      </button>
    </section>
  );
}

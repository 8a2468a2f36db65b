/**
 * Saves the ticked tabs through the Clipper's durable queue: one clip each, with the id made when
 * the tab was read, so saving again after a failure can never make a second row.
 */
import type { Clip } from '../../shared/model.ts';
import { draftToClip } from '../clip/draft-to-clip.ts';
import type { Reply } from '../messaging/messages.ts';
import type { TabReading } from './read-tabs.ts';

/** Per tab: saved in the queue, or why not. */
export type TabSaveOutcome =
  | { tabId: number; ok: true; clipId: string }
  | { tabId: number; ok: false; message: string };

/** Sends the valid clips in one message; a clip that does not validate gets its own message. */
export async function saveReadings(
  readings: readonly Extract<TabReading, { ok: true }>[],
  saveClips: (clips: Clip[]) => Promise<Reply<number>>,
): Promise<TabSaveOutcome[]> {
  const clips: Clip[] = [];
  const outcomes: TabSaveOutcome[] = readings.map((reading) => {
    const clip = draftToClip(reading.draft, reading.stamp);
    if (!clip.ok) return { tabId: reading.tab.id, ok: false, message: clip.issues.join('; ') };
    clips.push(clip.value);
    return { tabId: reading.tab.id, ok: true, clipId: clip.value.id };
  });
  if (clips.length === 0) return outcomes;
  const reply = await saveClips(clips);
  if (reply.ok) return outcomes;
  return outcomes.map((o) => (o.ok ? { tabId: o.tabId, ok: false, message: reply.message } : o));
}

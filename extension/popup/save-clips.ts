import type { DirectoryItem } from '../../shared/extract/types.ts';
import type { Clip } from '../../shared/model.ts';
import { directoryClips } from '../clip/directory-clips.ts';
import type { Draft } from '../clip/draft.ts';
import { type ClipStamp, draftToClip } from '../clip/draft-to-clip.ts';
import { sendMessage } from '../messaging/messages.ts';

export type SaveOutcome = { ok: true; count: number } | { ok: false; message: string };

const stamp = (): ClipStamp => ({ id: crypto.randomUUID(), capturedAt: new Date().toISOString() });

/** Saves the form as one clip: stored at once by the background, sent when the sheet answers. */
export async function saveDraft(draft: Draft): Promise<SaveOutcome> {
  const clip = draftToClip(draft, stamp());
  if (!clip.ok) return { ok: false, message: clip.issues.join('; ') };
  return send([clip.value]);
}

/**
 * Saves the checked directory entries, one organisation clip each; `listing` is every entry of the
 * page, read as the lookup read it.
 */
export function saveEntries(
  items: DirectoryItem[],
  draft: Draft,
  listing: DirectoryItem[] = items,
): Promise<SaveOutcome> {
  const page = { sourceUrl: draft.sourceUrl, tags: draft.tags.value, notes: draft.notes.value };
  return send(directoryClips(items, page, stamp, listing));
}

async function send(clips: Clip[]): Promise<SaveOutcome> {
  const reply = await sendMessage('saveClips', { clips });
  return reply.ok ? { ok: true, count: reply.value } : { ok: false, message: reply.message };
}

/** What the background answers to the popup and options pages. */
import type { Clip } from '../../shared/model.ts';
import { validateClip } from '../../shared/validate.ts';
import type { MessageHandlers, Reply } from '../messaging/messages.ts';
import { adviseConnection } from '../options/connection-advice.ts';
import type { ClipStore } from '../storage/clip-store.ts';
import type { Settings } from '../storage/settings.ts';
import type { EndpointClient } from '../sync/endpoint-client.ts';
import { NOT_CONNECTED } from '../sync/sync-clips.ts';

export interface HandlerDeps {
  clips: ClipStore;
  findSettings(): Promise<Settings | undefined>;
  connect(settings: Settings): EndpointClient;
  syncNow(): void;
}

/** Builds the message handlers over the clip store and the endpoint. */
export function createHandlers(deps: HandlerDeps): MessageHandlers {
  return {
    saveClips: async ({ clips }) => {
      const checked = checkClips(clips);
      if (!checked.ok) return checked;
      await deps.clips.update((stored) => {
        const known = new Set(stored.map((s) => s.clip.id));
        const fresh = checked.value.filter((clip) => !known.has(clip.id));
        return [...stored, ...fresh.map((clip) => ({ clip, state: 'waiting' as const }))];
      });
      deps.syncNow();
      return { ok: true, value: checked.value.length };
    },
    lookup: async ({ queries }) => {
      const settings = await deps.findSettings();
      if (!settings) return { ok: false, message: NOT_CONNECTED };
      return deps.connect(settings).lookup(queries);
    },
    testConnection: async ({ endpoint, token }) => {
      const client = deps.connect({ endpoint, token, defaultTags: [] });
      const ping = await client.ping();
      if (!ping.ok) return { ok: false, message: adviseConnection(ping) };
      // An empty lookup checks the token without touching the sheet.
      const lookup = await client.lookup([]);
      return lookup.ok ? { ok: true, value: true } : { ok: false, message: adviseConnection(lookup) };
    },
    retryClip: async ({ id }) => {
      await deps.clips.update((stored) =>
        stored.map((s) =>
          s.clip.id === id && s.state === 'failed' ? { clip: s.clip, state: 'waiting' } : s,
        ),
      );
      deps.syncNow();
      return { ok: true, value: true };
    },
    syncNow: async () => {
      deps.syncNow();
      return { ok: true, value: true };
    },
  };
}

function checkClips(clips: unknown): Reply<Clip[]> {
  if (!Array.isArray(clips) || clips.length === 0) return { ok: false, message: 'Nothing to save.' };
  const valid: Clip[] = [];
  for (const clip of clips) {
    const result = validateClip(clip);
    if (!result.ok) return { ok: false, message: result.issues.join('; ') };
    valid.push(result.value);
  }
  return { ok: true, value: valid };
}

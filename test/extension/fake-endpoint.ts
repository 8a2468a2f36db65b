/** An in-memory EndpointClient for queue tests: answers come from a script, requests are recorded. */

import type { Answer, EndpointClient } from '../../extension/sync/endpoint-client.ts';
import type { Clip } from '../../shared/model.ts';
import type { ClipResult } from '../../shared/protocol.ts';

export type SendBehaviour = (clips: readonly Clip[]) => Answer<ClipResult[]>;

export const acknowledgeAll: SendBehaviour = (clips) => ({
  ok: true,
  value: clips.map((clip, i) => ({ id: clip.id, status: 'added', row: i + 2 })),
});

export const down: SendBehaviour = () => ({
  ok: false,
  code: 'network',
  message: 'Your sheet could not be reached (fetch failed).',
});

export interface FakeEndpoint {
  behaviour: SendBehaviour;
  requests: Clip[][];
  client: EndpointClient;
}

/** A fake endpoint whose behaviour can change between calls, like a server going up and down. */
export function createFakeEndpoint(behaviour: SendBehaviour = acknowledgeAll): FakeEndpoint {
  const requests: Clip[][] = [];
  const endpoint: FakeEndpoint = {
    behaviour,
    requests,
    client: {
      sendClips: async (clips) => {
        requests.push([...clips]);
        return endpoint.behaviour(clips);
      },
      lookup: async () => ({ ok: true, value: [] }),
      ping: async () => ({ ok: true, value: true }),
    },
  };
  return endpoint;
}

import type { Clip } from '../../shared/model.ts';
import { MAX_BODY_BYTES, MAX_CLIPS_PER_REQUEST } from '../../shared/protocol.ts';
import { utf8Length } from '../../shared/utf8.ts';

// Room for the envelope ({"v":1,"token":…,"clips":[…]}) inside the endpoint's body limit.
const ENVELOPE_BYTES = 1_000;

/** Splits clips into request-sized batches: at most `maxClips` each and under the body limit. */
export function batchClips(
  clips: readonly Clip[],
  maxClips = MAX_CLIPS_PER_REQUEST,
  maxBytes = MAX_BODY_BYTES - ENVELOPE_BYTES,
): Clip[][] {
  const batches: Clip[][] = [];
  let batch: Clip[] = [];
  let bytes = 0;
  for (const clip of clips) {
    const size = utf8Length(JSON.stringify(clip)) + 1;
    if (batch.length > 0 && (batch.length >= maxClips || bytes + size > maxBytes)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(clip);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

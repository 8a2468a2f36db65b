/** Test clips: valid per the model, with UUID ids. */
import type { Clip } from '../../shared/model.ts';

let counter = 0;

/** A valid organisation clip with a fresh id. */
export function makeClip(name = 'Amateur Radio Digital Communications'): Clip {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    kind: 'organization',
    capturedAt: '2026-03-01T10:00:00.000Z',
    sourceUrl: 'https://www.ardc.net/about/',
    organization: {
      name,
      type: 'foundation',
      website: 'https://www.ardc.net/',
      emails: ['contact@ardc.net'],
      phones: [],
      focusAreas: [],
      sdgs: [],
    },
    tags: [],
  };
}

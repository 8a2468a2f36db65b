import { describe, expect, it } from 'vitest';
import { adviseConnection } from '../../extension/options/connection-advice.ts';

describe('adviseConnection', () => {
  it.each([
    [
      'network',
      'Your sheet could not be reached (Failed to fetch).',
      /could not be reached.*Check that the endpoint URL/,
    ],
    ['unauthorized', 'The token is not valid.', /did not accept this token.*Connect Clipper again/],
    ['invalid_response', 'That address did not answer like a Partnerkit sheet.', /ends in \/exec/],
    ['busy', 'Another clip is being written.', /test again in a moment/],
  ] as const)('should tell what to do after a %s failure', (code, message, advice) => {
    expect(adviseConnection({ ok: false, code, message })).toMatch(advice);
  });
});

import { describe, expect, it } from 'vitest';
import { endpointOrigins } from '../../extension/options/endpoint-origins.ts';

describe('endpointOrigins', () => {
  it.each([
    [
      'https://script.google.com/macros/s/AKfy/exec',
      ['https://script.google.com/*', 'https://script.googleusercontent.com/*'],
    ],
    ['http://127.0.0.1:8787/exec', ['http://127.0.0.1/*']],
    ['http://localhost:3000/exec', ['http://localhost/*']],
  ])('should ask only for the host of %s', (endpoint, origins) => {
    expect(endpointOrigins(endpoint)).toEqual({ ok: true, value: origins });
  });

  it.each(['not a url', 'https://evil.example/exec', 'http://script.google.com/exec'])(
    'should refuse %s',
    (endpoint) => {
      expect(endpointOrigins(endpoint).ok).toBe(false);
    },
  );
});

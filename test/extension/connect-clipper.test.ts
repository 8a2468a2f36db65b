import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type ConnectDeps, connectClipper } from '../../extension/options/connect-clipper.ts';
import { findSettings, saveSettings } from '../../extension/storage/settings.ts';

const FORM = {
  endpoint: ' http://127.0.0.1:8787/exec ',
  token: ' test-token-0123456789abcdefghij ',
  defaultTags: ['clipper'],
};

function deps(answers: { allow?: boolean; test?: Awaited<ReturnType<ConnectDeps['test']>> } = {}) {
  const calls: string[] = [];
  const d: ConnectDeps = {
    requestOrigins: async (origins) => {
      calls.push(`request ${origins.join(' ')}`);
      return answers.allow ?? true;
    },
    test: async (endpoint, token) => {
      calls.push(`test ${endpoint} ${token}`);
      return answers.test ?? { ok: true, value: true };
    },
    save: async (settings) => {
      calls.push('save');
      await saveSettings(settings);
    },
  };
  return { d, calls };
}

describe('connectClipper', () => {
  beforeEach(() => fakeBrowser.reset());

  it('should ask for the endpoint’s host, check the sheet, then save the pairing, in that order', async () => {
    const { d, calls } = deps();
    expect(await connectClipper(FORM, d)).toEqual({ kind: 'connected' });
    expect(calls).toEqual([
      'request http://127.0.0.1/*',
      'test http://127.0.0.1:8787/exec test-token-0123456789abcdefghij',
      'save',
    ]);
    expect(await findSettings()).toEqual({
      endpoint: 'http://127.0.0.1:8787/exec',
      token: 'test-token-0123456789abcdefghij',
      defaultTags: ['clipper'],
    });
  });

  it('should ask for the host before anything is awaited, while the click still counts', () => {
    const { d, calls } = deps();
    void connectClipper(FORM, d);
    expect(calls).toEqual(['request http://127.0.0.1/*']);
  });

  it('should save nothing when the sheet refuses the token, and say what to do', async () => {
    const { d, calls } = deps({
      test: { ok: false, message: 'Your sheet did not accept this token. Run Connect Clipper again.' },
    });
    expect(await connectClipper(FORM, d)).toEqual({
      kind: 'failed',
      message: 'Your sheet did not accept this token. Run Connect Clipper again.',
    });
    expect(calls).not.toContain('save');
    expect(await findSettings()).toBeUndefined();
  });

  it('should keep the earlier pairing when the new one fails', async () => {
    const earlier = {
      endpoint: 'http://127.0.0.1:9000/exec',
      token: 'earlier-token-0123456789abcd',
      defaultTags: [],
    };
    await saveSettings(earlier);
    const { d } = deps({ test: { ok: false, message: 'Your sheet could not be reached.' } });
    await connectClipper(FORM, d);
    expect(await findSettings()).toEqual(earlier);
  });

  it('should save nothing and test nothing when the person does not allow the host', async () => {
    const { d, calls } = deps({ allow: false });
    expect(await connectClipper(FORM, d)).toEqual({ kind: 'no-access' });
    expect(calls).toEqual(['request http://127.0.0.1/*']);
    expect(await findSettings()).toBeUndefined();
  });

  it.each([
    ['an address that is no sheet', { ...FORM, endpoint: 'https://example.org/exec' }, /script\.google\.com/],
    ['no token', { ...FORM, token: '  ' }, /Paste the token/],
  ])('should refuse %s before asking anything', async (_, form, message) => {
    const { d, calls } = deps();
    const outcome = await connectClipper(form, d);
    expect(outcome.kind).toBe('failed');
    expect(outcome.kind === 'failed' && outcome.message).toMatch(message);
    expect(calls).toEqual([]);
  });
});

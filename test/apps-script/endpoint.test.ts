import { describe, expect, it } from 'vitest';
import { connected, post } from './clipper-session.ts';
import { call, column, tab } from './harness.ts';

const ORG_ID = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
const ORG_ID_2 = '2b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
const OPP_ID = '3b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';

function orgClip(id: string, organization: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    id,
    kind: 'organization',
    capturedAt: '2025-03-01T10:00:00Z',
    sourceUrl: 'https://x.org/a',
    organization,
    ...extra,
  };
}

describe('doGet', () => {
  it('should answer who it is', () => {
    const { addOn } = connected();
    const output = call(addOn, 'doGet', {}) as { getContent(): string };
    expect(JSON.parse(output.getContent())).toEqual({ ok: true, app: 'partnerkit', v: 1 });
  });
});

describe('connectClipper', () => {
  it('should show a long URL-safe token and the endpoint, and keep only the hash', () => {
    const { addOn, token } = connected();
    expect(token).toMatch(/^[A-Za-z0-9_-]{24,}$/);
    expect(addOn.runtime.ui.dialogs.at(-1)?.html).toContain(
      'id="partnerkit-endpoint">https://script.google.com/',
    );
    const settings = JSON.stringify(tab(addOn, 'Settings'));
    expect(settings).not.toContain(token);
    expect(tab(addOn, 'Settings').rows.find((r) => r[0] === 'clipper token hash')?.[1]).toMatch(
      /^[0-9a-f]{64}$/,
    );
  });

  it('should make the old token stop working', () => {
    const { addOn, token } = connected();
    addOn.runtime.execution.ui = true;
    call(addOn, 'connectClipper');
    expect(post(addOn, { v: 1, token, lookup: [] })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
  });
});

describe('doPost', () => {
  it('should refuse a wrong or missing token and change nothing', () => {
    const { addOn } = connected();
    const before = tab(addOn, 'Stakeholders');
    expect(post(addOn, { v: 1, token: 'wrong', clips: [orgClip(ORG_ID, { name: 'A' })] })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(post(addOn, { v: 1, clips: [] })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(tab(addOn, 'Stakeholders')).toEqual(before);
  });

  it.each([
    ['{"v":1,', 'bad_request'],
    ['', 'bad_request'],
    ['[1,2]', 'bad_request'],
    [JSON.stringify({ v: 1, token: 't', clips: Array.from({ length: 501 }, () => ({})) }), 'too_large'],
    [JSON.stringify({ v: 1, token: 't', clips: [], pad: 'x'.repeat(1_000_001) }), 'too_large'],
  ])('should answer %#: malformed or oversize bodies with %s', (body, code) => {
    const { addOn } = connected();
    expect(post(addOn, body)).toMatchObject({ ok: false, error: { code } });
    expect(tab(addOn, 'Stakeholders').rows).toHaveLength(0);
  });

  it('should add clips once, answer duplicate on retry, and reject a bad clip among good ones', () => {
    const { addOn, token } = connected();
    const clips = [
      orgClip(ORG_ID, { name: 'Acme', website: 'https://acme.org' }),
      { id: 'x', kind: 'organization' },
    ];
    const first = post(addOn, { v: 1, token, clips });
    expect(first.results).toEqual([
      { id: ORG_ID, status: 'added', row: 2 },
      expect.objectContaining({ id: 'x', status: 'rejected', reason: expect.any(String) }),
    ]);
    const again = post(addOn, { v: 1, token, clips: clips.slice(0, 1) });
    expect(again.results).toEqual([{ id: ORG_ID, status: 'duplicate', row: 2 }]);
    expect(column(addOn, 'Stakeholders', 'Name')).toEqual(['Acme']);
    expect(column(addOn, 'Stakeholders', 'Status')).toEqual(['prospect']);
  });

  it('should fill only empty cells of the same organisation found by domain or name', () => {
    const { addOn, token } = connected();
    post(addOn, {
      v: 1,
      token,
      clips: [orgClip(ORG_ID, { name: 'Acme Ltd', website: 'acme.org', country: 'Kenya' })],
    });
    const answer = post(addOn, {
      v: 1,
      token,
      clips: [
        orgClip(ORG_ID_2, {
          name: 'ACME',
          website: 'https://www.acme.org/',
          country: 'Ghana',
          description: 'Water',
        }),
      ],
    });
    expect(answer.results).toEqual([{ id: ORG_ID_2, status: 'updated', row: 2 }]);
    // A country name in a clip lands as its ISO 3166-1 alpha-2 code.
    expect(column(addOn, 'Stakeholders', 'Country')).toEqual(['KE']);
    expect(column(addOn, 'Stakeholders', 'Description')).toEqual(['Water']);
    expect(column(addOn, 'Stakeholders', 'ID')).toEqual([ORG_ID]);
  });

  it('should save an opportunity to Funding with its funder in Stakeholders', () => {
    const { addOn, token } = connected();
    const answer = post(addOn, {
      v: 1,
      token,
      clips: [
        {
          id: OPP_ID,
          kind: 'opportunity',
          capturedAt: '2025-03-01T10:00:00Z',
          sourceUrl: 'https://fund.org/call',
          opportunity: {
            title: 'Water call',
            funderName: 'Fund Foundation',
            amountMax: 5000,
            currency: 'USD',
            deadline: '2025-04-01',
          },
        },
      ],
    });
    expect(answer.results).toEqual([{ id: OPP_ID, status: 'added', row: 2 }]);
    expect(column(addOn, 'Funding', 'Stage')).toEqual(['prospect']);
    expect(column(addOn, 'Funding', 'Amount Max')).toEqual([5000]);
    expect(column(addOn, 'Stakeholders', 'Name')).toEqual(['Fund Foundation']);
    call(addOn, 'updateFundingTracker');
    expect(column(addOn, 'Funding', 'Days To Deadline')).toEqual([31]);
  });

  it('should write hostile text as text, never as a formula', () => {
    const { addOn, token } = connected();
    const hostile = ['=IMPORTXML("http://evil")', '+SUM(1)', '-1+2', '@cmd', '\tTab', '\rCR', '＝1+1'];
    const clips = hostile.map((name, i) =>
      orgClip(`${i}b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed`, { name, description: name }, { notes: name }),
    );
    const answer = post(addOn, { v: 1, token, clips });
    expect((answer.results as { status: string }[]).map((r) => r.status)).toEqual(hostile.map(() => 'added'));
    const sheet = addOn.runtime.spreadsheet.snapshot().sheets.find((s) => s.name === 'Stakeholders');
    expect(sheet?.formulas ?? []).toEqual([]);
    // The model trims text, so a leading tab or CR is gone before the cell rule even applies.
    expect(column(addOn, 'Stakeholders', 'Name')).toEqual(hostile.map((text) => text.trim()));
    expect(column(addOn, 'Stakeholders', 'Notes')).toEqual(hostile.map((text) => text.trim()));
  });

  it('should answer busy while another execution holds the lock', () => {
    const { addOn, token } = connected();
    addOn.runtime.locks.heldElsewhere.add('document');
    addOn.runtime.locks.heldElsewhere.add('script');
    expect(post(addOn, { v: 1, token, clips: [orgClip(ORG_ID, { name: 'A' })] })).toMatchObject({
      ok: false,
      error: { code: 'busy' },
    });
    expect(tab(addOn, 'Stakeholders').rows).toHaveLength(0);
  });

  it('should answer lookups by domain or normalised name', () => {
    const { addOn, token } = connected();
    post(addOn, {
      v: 1,
      token,
      clips: [orgClip(ORG_ID, { name: 'The Acme Foundation, Inc.', website: 'acme.org' })],
    });
    const answer = post(addOn, {
      v: 1,
      token,
      lookup: [{ name: 'acme foundation' }, { website: 'http://acme.org/x' }, { name: 'Zed' }],
    });
    expect(answer).toEqual({
      ok: true,
      matches: [
        {
          index: 0,
          id: ORG_ID,
          name: 'The Acme Foundation, Inc.',
          tab: 'Stakeholders',
          row: 2,
          reason: 'same name',
        },
        {
          index: 1,
          id: ORG_ID,
          name: 'The Acme Foundation, Inc.',
          tab: 'Stakeholders',
          row: 2,
          reason: 'same website',
        },
      ],
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  isOpportunityQuery,
  MAX_BODY_BYTES,
  MAX_CLIPS_PER_REQUEST,
  parseRequest,
} from '../../shared/protocol.ts';
import { utf8Length } from '../../shared/utf8.ts';

describe('parseRequest', () => {
  it('should parse a save request and keep clips raw for per-clip validation', () => {
    const result = parseRequest(JSON.stringify({ v: 1, token: 't', clips: [{ id: 'x' }] }));
    expect(result).toEqual({ ok: true, value: { type: 'save', token: 't', clips: [{ id: 'x' }] } });
  });

  it('should parse an opportunity lookup and a directory entry lookup, keeping only their string fields', () => {
    const opportunity = { title: 'Water Grant', funder: 'Fund', url: 'https://fund.example/w', extra: 1 };
    const entry = { name: 'Riverbend', website: '', listedOn: 'https://cf.example/directory/', funder: 7 };
    const result = parseRequest(JSON.stringify({ v: 1, token: 't', lookup: [opportunity, entry] }));
    expect(result).toEqual({
      ok: true,
      value: {
        type: 'lookup',
        token: 't',
        lookup: [
          { title: 'Water Grant', funder: 'Fund', url: 'https://fund.example/w' },
          { name: 'Riverbend', website: '', listedOn: 'https://cf.example/directory/' },
        ],
      },
    });
  });

  it.each([
    [{ title: 'Water Grant' }, true],
    [{ url: 'https://fund.example/w' }, true],
    [{ name: 'Fund', funder: 'Fund' }, false],
    [{ name: 'Fund', website: 'fund.example', title: '  ' }, false],
  ])('should tell an opportunity query %j: %s', (query, expected) => {
    expect(isOpportunityQuery(query)).toBe(expected);
  });

  it('should parse a lookup request, keeping only name and website strings', () => {
    const body = JSON.stringify({
      v: 1,
      token: 't',
      lookup: [{ name: 'A', website: 'a.org', x: 1 }, 5, { name: 3 }],
    });
    expect(parseRequest(body)).toEqual({
      ok: true,
      value: { type: 'lookup', token: 't', lookup: [{ name: 'A', website: 'a.org' }, {}, {}] },
    });
  });

  it.each([
    ['{not json', 'bad_request', 'not valid JSON'],
    ['[]', 'bad_request', 'JSON object'],
    ['{"v":2,"clips":[]}', 'bad_request', 'version'],
    ['{"v":1,"token":"t"}', 'bad_request', '"clips" or a "lookup"'],
    [
      JSON.stringify({ v: 1, token: 't', clips: new Array(MAX_CLIPS_PER_REQUEST + 1).fill({}) }),
      'too_large',
      '500',
    ],
    [JSON.stringify({ v: 1, token: 't', clips: ['x'.repeat(MAX_BODY_BYTES)] }), 'too_large', 'bytes'],
  ])('should refuse %#: %s', (body, code, message) => {
    const result = parseRequest(body);
    expect(result.ok).toBe(false);
    expect(result.code).toBe(code);
    if (!result.ok) expect(result.issues[0]).toContain(message);
  });
});

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['😀', 4],
  ])('should count %j as %i bytes', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
  });
});

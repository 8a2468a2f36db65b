import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { clipsToCsv } from '../../extension/clip/clips-to-csv.ts';
import { makeClip } from './make-clip.ts';

describe('clipsToCsv', () => {
  it('should export every clip with its state, one row each', () => {
    const csv = clipsToCsv([
      { clip: makeClip('ARDC'), state: 'sent', row: 2 },
      { clip: makeClip('Mozilla'), state: 'waiting' },
    ]);
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true }).data;
    expect(rows.map((r) => [r.Name, r.State])).toEqual([
      ['ARDC', 'sent'],
      ['Mozilla', 'waiting'],
    ]);
    expect(rows[0]?.Emails).toBe('contact@ardc.net');
  });

  it('should write page text that looks like a formula as text', () => {
    const clip = { ...makeClip('=HYPERLINK("http://evil","x")'), notes: '+1 555 0100 call' };
    const csv = clipsToCsv([{ clip, state: 'waiting' }]);
    const [row] = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true }).data;
    expect(row?.Name).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(row?.Notes).toBe("'+1 555 0100 call");
  });
});

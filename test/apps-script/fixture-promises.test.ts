/**
 * Every labelled real page, clipped as the Clipper clips it (extractPage → draft → clip, and each
 * directory entry), three times with the address as people arrive at it (tracking parameters,
 * no www., http, no trailing slash): what the lookup promised before each save is what the save
 * did (or, for an organisation listed twice on one page, the row its first entry got), and a
 * re-clip never adds a row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureToDraft } from '../../extension/clip/capture-to-draft.ts';
import { directoryClips } from '../../extension/clip/directory-clips.ts';
import { draftToClip } from '../../extension/clip/draft-to-clip.ts';
import { entryQueries, FORM_QUERY, formQueries } from '../../extension/clip/lookup-queries.ts';
import { extractPage } from '../../shared/extract/extract-page.ts';
import type { Clip } from '../../shared/model.ts';
import { parseDocument } from '../extract/page.ts';
import { clipStamps } from '../records/test-clips.ts';
import { connected, post } from './clipper-session.ts';
import { tab } from './harness.ts';

const PAGES = new URL('../../../shared/fixtures/pages/', import.meta.url);
const NAMES = readdirSync(PAGES)
  .filter((file) => file.endsWith('.expected.json'))
  .map((file) => file.replace('.expected.json', ''));

const stamp = clipStamps();

// The same page as people arrive at it.
function arrivals(url: string): string[] {
  const [base = url, query] = url.split('?');
  const tracked = `${base}${query ? `?${query}&` : '?'}utm_source=newsletter&fbclid=abc`;
  return [
    url,
    tracked.replace('https://', 'http://').replace('://www.', '://'),
    `${base.replace(/\/$/, '')}${query ? `?${query}` : ''}`,
  ];
}

interface Match {
  index: number;
  row: number;
  tab: string;
  possibleDuplicate?: true;
}

function clipsOf(name: string, url: string): { clips: Clip[]; queries: object[] } {
  const html = readFileSync(new URL(`${name}.html`, PAGES), 'utf8');
  const capture = extractPage(parseDocument(html), url);
  if (capture.kind.value === 'directory') {
    return {
      clips: directoryClips(capture.items, { sourceUrl: url, tags: [] }, stamp),
      queries: entryQueries(capture.items, url),
    };
  }
  const draft = captureToDraft(capture);
  const clip = draftToClip(draft, stamp());
  return clip.ok
    ? { clips: [clip.value], queries: [formQueries(draft)[FORM_QUERY] ?? {}] }
    : { clips: [], queries: [] };
}

describe('the labelled pages, clipped again and again', () => {
  it('should do what the lookup promised, and never add a row when a page is clipped again', () => {
    const { addOn, token } = connected();
    for (const name of NAMES) {
      const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, PAGES), 'utf8')) as {
        url: string;
      };
      const rowsAfterFirst: number[] = [];
      for (const [visit, url] of arrivals(expected.url).entries()) {
        const { clips, queries } = clipsOf(name, url);
        const matches = (post(addOn, { v: 1, token, lookup: queries }).matches ?? []) as Match[];
        const results = post(addOn, { v: 1, token, clips }).results as { status: string; row?: number }[];
        // A page may list one organisation twice: its second entry lands in the row its first got.
        const addedNow = new Set<number>();
        results.forEach((result, index) => {
          const promised = matches.find((m) => m.index === index && !m.possibleDuplicate);
          const what = `${name} visit ${visit + 1} clip ${index}`;
          const got = result.status === 'added' ? 'added' : 'same row';
          if (promised) expect([what, got, result.row]).toEqual([what, 'same row', promised.row]);
          else if (got === 'added') addedNow.add(result.row ?? 0);
          else expect([what, addedNow.has(result.row ?? 0)]).toEqual([what, true]);
        });
        const counts = [tab(addOn, 'Stakeholders').rows.length, tab(addOn, 'Funding').rows.length];
        if (visit === 0) rowsAfterFirst.push(...counts);
        else expect([name, ...counts]).toEqual([name, ...rowsAfterFirst]);
      }
    }
  }, 120_000);
});

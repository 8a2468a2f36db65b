import { describe, expect, it, vi } from 'vitest';
import type { CaptureResult } from '../../extension/capture/capture-result.ts';
import { describeReading } from '../../extension/tabs/describe-reading.ts';
import { readTabs, type TabReading } from '../../extension/tabs/read-tabs.ts';
import { saveReadings } from '../../extension/tabs/save-readings.ts';
import { accessToGiveBack, originPattern, originsOf } from '../../extension/tabs/tab-access.ts';
import { findWebTabs, type WebTab } from '../../extension/tabs/web-tabs.ts';
import type { PageCapture } from '../../shared/extract/types.ts';
import type { Clip } from '../../shared/model.ts';

const field = <T>(value: T) => ({ value, source: 'json-ld' as const, confidence: 0.9 });
const noOrg = {
  type: null,
  website: null,
  emails: [],
  phones: [],
  country: null,
  focusAreas: [],
  sdgs: [],
  description: null,
};

const orgPage = (url: string, name: string, country: string | null): PageCapture => ({
  url,
  kind: field('organization' as const),
  organization: {
    ...noOrg,
    name: field(name),
    website: field(url.replace(/about.*/, '')),
    country: country ? field(country) : null,
  },
  opportunity: null,
  items: [],
});
const grantPage: PageCapture = {
  url: 'https://eastside.example/microgrants',
  kind: field('opportunity' as const),
  organization: { ...noOrg, name: field('Eastside Neighbours Fund') },
  opportunity: {
    title: field('Neighbourhood Microgrants'),
    funder: null,
    amountMin: null,
    amountMax: field(5000),
    currency: field('USD'),
    deadline: null,
    eligibility: null,
    url: null,
  },
  items: [],
};

// Three ticked tabs: a foundation, a grant, and one closed before it was read.
const riverside: WebTab = {
  id: 11,
  url: 'https://www.riverside.example/about',
  title: 'About us | Riverside',
};
const eastside: WebTab = { id: 12, url: 'https://eastside.example/microgrants', title: 'Microgrants' };
const closed: WebTab = { id: 13, url: 'https://closed.example/', title: 'Closed meanwhile' };
const tabs = [riverside, eastside, closed];

/** The value, or a failed test that says it was missing. */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing in the test data');
  return value;
}
const captures: Record<number, CaptureResult> = {
  11: {
    ok: true,
    capture: orgPage(riverside.url, 'Riverside Community Foundation', 'Kenya'),
    selection: null,
  },
  12: { ok: true, capture: grantPage, selection: null },
  13: { ok: false, message: 'This tab was closed before it could be read.' },
};

let ids = 0;
const stamp = () => ({
  id: `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
  capturedAt: '2026-12-06T05:00:00.000Z',
});

const readAll = () =>
  readTabs(tabs, { capture: async (id) => must(captures[id]), stamp, defaultTags: ['tabs'] });
const readOk = (readings: TabReading[]) =>
  readings.filter((r): r is Extract<TabReading, { ok: true }> => r.ok);

describe('findWebTabs', () => {
  it('should list only the web pages of the window, in order, without the browser’s own pages', () => {
    expect(
      findWebTabs([
        { id: 1, url: 'chrome://settings/', title: 'Settings' },
        { id: 2, url: 'https://a.example/x', title: ' A ' },
        { id: 3 }, // a tab the Clipper may not see
        { id: 4, url: 'chrome-extension://abc/clip-tabs.html', title: 'Clip tabs' },
        { id: 5, url: 'http://b.example/', title: '' },
      ]),
    ).toEqual([
      { id: 2, url: 'https://a.example/x', title: 'A' },
      { id: 5, url: 'http://b.example/', title: 'http://b.example/' },
    ]);
  });
});

describe('tab access', () => {
  it.each([
    ['https://www.Riverside.example/about?x=1', 'https://www.riverside.example/*'],
    ['http://127.0.0.1:8123/own/page.html', 'http://127.0.0.1/*'],
    ['https://user@host.example/', 'https://host.example/*'],
    ['chrome://settings', undefined],
  ])('should ask for the origin of %s only: %s', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
  });

  it('should ask once per origin', () => {
    expect(originsOf(['https://a.example/1', 'https://a.example/2', 'https://b.example/'])).toEqual([
      'https://a.example/*',
      'https://b.example/*',
    ]);
  });

  it('should never give back what was held before, such as the sheet’s own host', () => {
    const wanted = { permissions: ['tabs'], origins: ['http://127.0.0.1/*', 'https://a.example/*'] };
    expect(accessToGiveBack(wanted, { permissions: ['storage'], origins: ['http://127.0.0.1/*'] })).toEqual({
      permissions: ['tabs'],
      origins: ['https://a.example/*'],
    });
  });
});

describe('readTabs', () => {
  it('should read every tab, give a closed one its own message, and keep going', async () => {
    const progress = vi.fn();
    const readings = await readTabs(tabs, {
      capture: async (id) => must(captures[id]),
      stamp,
      defaultTags: [],
      onProgress: progress,
    });
    expect(readings.map((r) => r.ok)).toEqual([true, true, false]);
    expect(readings[2]).toEqual({
      tab: tabs[2],
      ok: false,
      message: 'This tab was closed before it could be read.',
    });
    expect(progress.mock.calls).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('should turn a capture that throws into that tab’s message', async () => {
    const readings = await readTabs(tabs.slice(0, 2), {
      capture: async (id) => {
        if (id === 11) throw new Error('No tab with id: 11.');
        return must(captures[id]);
      },
      stamp,
      defaultTags: [],
    });
    expect(readings[0]).toMatchObject({ ok: false, message: expect.stringContaining('No tab with id: 11.') });
    expect(readings[1]?.ok).toBe(true);
  });
});

describe('describeReading', () => {
  it('should say kind, name, key fields and what is missing for each tab', async () => {
    const [org, grant] = readOk(await readAll());
    expect(describeReading(must(org))).toEqual({
      kind: 'organization',
      name: 'Riverside Community Foundation',
      facts: ['www.riverside.example', 'KE'],
      missing: ['emails'],
    });
    expect(describeReading(must(grant))).toEqual({
      kind: 'opportunity',
      name: 'Neighbourhood Microgrants',
      facts: ['Eastside Neighbours Fund', 'up to 5000 USD'],
      missing: ['deadline', 'eligibility'],
    });
  });

  it('should fall back to the tab title when the page gave no name, and say the name is missing', async () => {
    const [reading] = readOk(
      await readTabs([riverside], {
        capture: async () => ({
          ok: true,
          capture: { ...orgPage(riverside.url, '', null), organization: { ...noOrg, name: null } },
          selection: null,
        }),
        stamp,
        defaultTags: [],
      }),
    );
    expect(describeReading(must(reading))).toMatchObject({
      name: 'About us | Riverside',
      missing: ['name', 'website', 'emails'],
    });
  });
});

describe('saveReadings', () => {
  it('should queue one clip per ticked tab, with the same ids when saved again after a failure', async () => {
    const readings = readOk(await readAll());
    const sent: Clip[][] = [];
    const down = async (clips: Clip[]) => {
      sent.push(clips);
      return { ok: false as const, message: 'The Clipper background did not answer.' };
    };
    const failed = await saveReadings(readings, down);
    expect(failed.map((o) => o.ok)).toEqual([false, false]);
    const saved = await saveReadings(readings, async (clips) => {
      sent.push(clips);
      return { ok: true, value: clips.length };
    });
    expect(saved.map((o) => o.ok)).toEqual([true, true]);
    expect(sent[1]?.map((c) => c.id)).toEqual(sent[0]?.map((c) => c.id));
    expect(sent[1]?.map((c) => c.kind)).toEqual(['organization', 'opportunity']);
    expect(sent[1]?.[0]?.organization?.country).toBe('KE');
    expect(sent[1]?.[0]?.tags).toEqual(['tabs']);
  });

  it('should give a tab whose clip is not valid its own message and save the others', async () => {
    const [found, grant] = readOk(await readAll());
    const org = must(found);
    const nameless = {
      ...org,
      draft: { ...org.draft, organization: { ...org.draft.organization, name: { value: '' } } },
    };
    const save = vi.fn(async (clips: Clip[]) => ({ ok: true as const, value: clips.length }));
    const outcomes = await saveReadings([nameless, must(grant)], save);
    expect(outcomes[0]).toEqual({
      tabId: 11,
      ok: false,
      message: expect.stringContaining('name is required'),
    });
    expect(outcomes[1]).toMatchObject({ tabId: 12, ok: true });
    expect(save.mock.calls[0]?.[0]).toHaveLength(1);
  });
});

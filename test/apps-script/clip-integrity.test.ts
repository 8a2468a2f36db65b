/**
 * Issue 9 through the built bundle: the right row, once, whatever the page; one bad clip never
 * jams the batch; text columns keep text as written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FakeRange } from '../../apps-script/emulator/fake-range.ts';
import { directoryEntryClip, testUuid } from '../records/test-clips.ts';
import { connected, post } from './clipper-session.ts';
import { column, tab } from './harness.ts';

const DIRECTORY = 'https://www.cedarprairiecf.example/nonprofit-directory/';
const uuid = testUuid;
const statuses = (answer: Record<string, unknown>) =>
  (answer.results as { status: string }[]).map((result) => result.status);

const entryClip = (n: number, name: string, slug: string) => directoryEntryClip(DIRECTORY, n, name, slug);

function orgClip(n: number, organization: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    id: uuid(n),
    kind: 'organization',
    capturedAt: '2026-11-22T10:00:00Z',
    sourceUrl: `https://probe.example/org/${n}`,
    organization,
    ...extra,
  };
}

function opportunityClip(
  n: number,
  opportunity: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  return {
    id: uuid(n),
    kind: 'opportunity',
    capturedAt: '2026-11-22T10:00:00Z',
    sourceUrl: `https://probe.example/opportunity/${n}`,
    opportunity,
    ...extra,
  };
}

describe('a community foundation directory whose entries link to profile pages on its own host', () => {
  it('should give 3 entries 3 rows and the owner its own row, the entries untouched', () => {
    const { addOn, token } = connected();
    const entries = [
      entryClip(1, 'Riverbend Food Shelf', 'riverbend-food-shelf'),
      entryClip(2, 'Prairie Youth Soccer League', 'prairie-youth-soccer-league'),
      entryClip(3, 'Cedar Valley Literacy Council', 'cedar-valley-literacy-council'),
    ];
    const lookup = entries.map((clip) => ({
      name: clip.organization.name,
      website: '',
      listedOn: DIRECTORY,
    }));
    expect(post(addOn, { v: 1, token, lookup })).toEqual({ ok: true, matches: [] });
    expect(post(addOn, { v: 1, token, clips: entries }).results).toEqual([
      { id: uuid(1), status: 'added', row: 2 },
      { id: uuid(2), status: 'added', row: 3 },
      { id: uuid(3), status: 'added', row: 4 },
    ]);
    const before = tab(addOn, 'Stakeholders').rows;
    const owner = orgClip(9, {
      name: 'Cedar Prairie Community Foundation',
      type: 'foundation',
      website: 'https://www.cedarprairiecf.example/',
      emails: ['info@cedarprairiecf.example', 'grants@cedarprairiecf.example'],
      phones: ['+1 319 555 0100', '+1 319 555 0101', '+1 319 555 0102', '+1 319 555 0103', '+1 319 555 0104'],
    });
    const ownerQuery = { name: owner.organization.name, website: owner.organization.website };
    expect(post(addOn, { v: 1, token, lookup: [ownerQuery] })).toEqual({ ok: true, matches: [] });
    expect(post(addOn, { v: 1, token, clips: [owner] }).results).toEqual([
      { id: uuid(9), status: 'added', row: 5 },
    ]);
    expect(tab(addOn, 'Stakeholders').rows.slice(0, 3)).toEqual(before);
    expect(column(addOn, 'Stakeholders', 'Website')).toEqual([
      '',
      '',
      '',
      'https://www.cedarprairiecf.example/',
    ]);
    expect(column(addOn, 'Stakeholders', 'Source URL').slice(0, 3)).toEqual(
      entries.map((clip) => clip.organization.sourceUrl),
    );
    // Each entry finds only its own row; the owner finds its own.
    const matches = post(addOn, { v: 1, token, lookup: [...lookup, ownerQuery] }).matches as {
      row: number;
    }[];
    expect(matches.map((match) => match.row)).toEqual([2, 3, 4, 5]);
  });
  it('should give the owner a new row noted as a possible duplicate when older entry rows hold profile links as Website', () => {
    const { addOn, token } = connected();
    // What the earlier Clipper sent: the profile link as the entry's Website.
    const legacy = [
      entryClip(1, 'Riverbend Food Shelf', 'riverbend-food-shelf'),
      entryClip(2, 'Prairie Youth Soccer League', 'prairie-youth-soccer-league'),
    ].map((clip) => ({
      ...clip,
      organization: { ...clip.organization, website: clip.organization.sourceUrl },
    }));
    expect(statuses(post(addOn, { v: 1, token, clips: legacy }))).toEqual(['added', 'added']);
    const before = tab(addOn, 'Stakeholders').rows;
    const owner = orgClip(9, {
      name: 'Cedar Prairie Community Foundation',
      type: 'foundation',
      website: 'https://www.cedarprairiecf.example/',
      emails: ['info@cedarprairiecf.example'],
    });
    const query = { name: owner.organization.name, website: owner.organization.website };
    expect(post(addOn, { v: 1, token, lookup: [query] }).matches).toEqual([
      {
        index: 0,
        id: uuid(1),
        name: 'Riverbend Food Shelf',
        tab: 'Stakeholders',
        row: 2,
        reason: 'same website',
        possibleDuplicate: true,
      },
    ]);
    expect(post(addOn, { v: 1, token, clips: [owner] }).results).toEqual([
      { id: uuid(9), status: 'added', row: 4, reason: 'Possible duplicate of row 2 (same website)' },
    ]);
    expect(tab(addOn, 'Stakeholders').rows.slice(0, 2)).toEqual(before);
    expect(column(addOn, 'Stakeholders', 'Notes')[2]).toBe('Possible duplicate of row 2 (same website)');
  });
});

describe('re-clipping an opportunity whose link has a utm parameter', () => {
  it('should fill the one Funding row (updated), then answer duplicate, as the lookup promised', () => {
    const { addOn, token } = connected();
    const grant = {
      title: 'Riverbend Water Grant',
      funderName: 'Cedar Prairie Community Foundation',
      url: 'https://www.cedarprairiecf.example/grants/water/',
    };
    expect(statuses(post(addOn, { v: 1, token, clips: [opportunityClip(1, grant)] }))).toEqual(['added']);
    const again = {
      ...grant,
      url: 'https://cedarprairiecf.example/grants/water?utm_source=newsletter&utm_campaign=fall',
      amountMax: 5000,
      currency: 'USD',
      deadline: '2027-01-31',
    };
    const query = { title: again.title, funder: again.funderName, url: again.url };
    expect(post(addOn, { v: 1, token, lookup: [query] }).matches).toEqual([
      { index: 0, id: uuid(1), name: grant.title, tab: 'Funding', row: 2, reason: 'same link' },
    ]);
    expect(post(addOn, { v: 1, token, clips: [opportunityClip(2, again)] }).results).toEqual([
      { id: uuid(2), status: 'updated', row: 2 },
    ]);
    expect(post(addOn, { v: 1, token, clips: [opportunityClip(3, again)] }).results).toEqual([
      { id: uuid(3), status: 'duplicate', row: 2 },
    ]);
    expect(column(addOn, 'Funding', 'Opportunity')).toEqual([grant.title]);
    expect(column(addOn, 'Funding', 'Amount Max')).toEqual([5000]);
    expect(column(addOn, 'Funding', 'URL')).toEqual([grant.url]);
    expect(column(addOn, 'Stakeholders', 'Name')).toEqual([grant.funderName]);
  });
});

describe('one clip that cannot be written as it is', () => {
  it.each(['=', '+', '-', '@', "'"])(
    'should save 499 good clips and a 60,000-character clip starting with %j, never busy',
    (trigger) => {
      const { addOn, token } = connected();
      const good = Array.from({ length: 499 }, (_, i) => orgClip(i + 1, { name: `Partner ${i + 1}` }));
      const long = orgClip(1000, {
        name: 'Long Description Trust',
        description: `${trigger}${'x'.repeat(59_999)}`,
      });
      const answer = post(addOn, { v: 1, token, clips: [...good.slice(0, 250), long, ...good.slice(250)] });
      expect(answer.ok).toBe(true);
      expect(statuses(answer).filter((status) => status === 'added')).toHaveLength(500);
      const description = column(addOn, 'Stakeholders', 'Description')[250] as string;
      expect(description.startsWith(`${trigger}xxx`)).toBe(true);
      expect(description.endsWith('…[truncated]')).toBe(true);
      expect(description.length).toBeLessThanOrEqual(50_000);
      expect(tab(addOn, 'Stakeholders').rows).toHaveLength(500);
    },
  );
});

describe('when the sheet refuses a write the plan did not foresee', () => {
  const original = FakeRange.prototype.setValues;
  afterEach(() => {
    FakeRange.prototype.setValues = original;
  });

  function refuse(marker: string) {
    FakeRange.prototype.setValues = function setValues(this: FakeRange, values: unknown[][]) {
      if (JSON.stringify(values).includes(marker)) throw new Error('Service Spreadsheets failed');
      return original.call(this, values);
    };
  }

  it('should reject only the refused clip, with the reason, and write the rest', () => {
    const { addOn, token } = connected();
    refuse('REFUSED BY THE SHEET');
    const clips = [
      orgClip(1, { name: 'Acme' }),
      orgClip(2, { name: 'Bolt', description: 'REFUSED BY THE SHEET' }),
      opportunityClip(3, { title: 'Water Grant', funderName: 'Acme' }),
      orgClip(4, { name: 'Acme Ltd', country: 'KE' }),
    ];
    expect(post(addOn, { v: 1, token, clips }).results).toEqual([
      { id: uuid(1), status: 'added', row: 2 },
      { id: uuid(2), status: 'rejected', reason: 'The sheet refused this clip: Service Spreadsheets failed' },
      { id: uuid(3), status: 'added', row: 2 },
      { id: uuid(4), status: 'updated', row: 2 },
    ]);
    expect(column(addOn, 'Stakeholders', 'Name')).toEqual(['Acme']);
    expect(column(addOn, 'Stakeholders', 'Country')).toEqual(['KE']);
    expect(column(addOn, 'Funding', 'Opportunity')).toEqual(['Water Grant']);
  });

  it('should answer busy when the sheet refuses every clip', () => {
    const { addOn, token } = connected();
    refuse('Partner');
    const clips = [orgClip(1, { name: 'Partner A' }), orgClip(2, { name: 'Partner B' })];
    expect(post(addOn, { v: 1, token, clips })).toMatchObject({ ok: false, error: { code: 'busy' } });
  });
});

describe('clip ids', () => {
  it('should answer duplicate for the same id in upper case, for organisations and opportunities', () => {
    const { addOn, token } = connected();
    const org = { ...orgClip(1, { name: 'Acme' }), id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' };
    const opportunity = {
      ...opportunityClip(2, { title: 'Water Grant' }),
      id: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b',
    };
    post(addOn, { v: 1, token, clips: [org, opportunity] });
    // Changed otherwise, so only the id says they are the same clips.
    const upper = [
      { ...org, id: org.id.toUpperCase(), organization: { name: 'Zed Other' } },
      { ...opportunity, id: opportunity.id.toUpperCase(), opportunity: { title: 'Other Call' } },
    ];
    expect(post(addOn, { v: 1, token, clips: upper }).results).toEqual([
      { id: org.id.toUpperCase(), status: 'duplicate', row: 2 },
      { id: opportunity.id.toUpperCase(), status: 'duplicate', row: 2 },
    ]);
    expect(tab(addOn, 'Stakeholders').rows).toHaveLength(1);
    expect(tab(addOn, 'Funding').rows).toHaveLength(1);
  });
});

describe('clip validation at the endpoint', () => {
  it.each([
    [{ capturedAt: '2026-13-45T99:99Z' }, 'capturedAt'],
    [{ sourceUrl: 'javascript:alert(1)' }, 'sourceUrl'],
    [{ organization: { name: 'A', sourceUrl: 'javascript:alert(1)' } }, 'organization.sourceUrl'],
    [{ organization: { name: 'A', website: 'javascript:alert(1)' } }, 'organization.website'],
    [{ organization: { name: 'A', website: 'data:text/html,x' } }, 'organization.website'],
  ])('should reject %j and write nothing', (change, field) => {
    const { addOn, token } = connected();
    const answer = post(addOn, { v: 1, token, clips: [{ ...orgClip(1, { name: 'A' }), ...change }] });
    expect(answer.results).toEqual([
      { id: uuid(1), status: 'rejected', reason: expect.stringContaining(field) },
    ]);
    expect(tab(addOn, 'Stakeholders').rows).toHaveLength(0);
  });

  it('should reject a javascript: opportunity url', () => {
    const { addOn, token } = connected();
    const clip = opportunityClip(1, { title: 'Grant', url: 'javascript:alert(1)' });
    expect(statuses(post(addOn, { v: 1, token, clips: [clip] }))).toEqual(['rejected']);
  });
});

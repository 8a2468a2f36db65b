import { describe, expect, it } from 'vitest';
import type { ClipResult, LookupQuery } from '../../shared/protocol.ts';
import { answerLookup } from '../../shared/records/lookup.ts';
import { planClipSave, type TabValues } from '../../shared/records/save-clips.ts';
import { FUNDING, STAKEHOLDERS } from '../../shared/workbook-schema.ts';
import { directoryEntryClip, testUuid } from './test-clips.ts';

const DIRECTORY = 'https://www.cedarprairiecf.example/nonprofit-directory/';
const uuid = testUuid;

const entryClip = (n: number, name: string, slug: string) => directoryEntryClip(DIRECTORY, n, name, slug);

const OWNER = {
  id: uuid(90),
  kind: 'organization',
  capturedAt: '2026-11-22T10:05:00Z',
  sourceUrl: DIRECTORY,
  organization: {
    name: 'Cedar Prairie Community Foundation',
    type: 'foundation',
    website: 'https://www.cedarprairiecf.example/',
    emails: ['info@cedarprairiecf.example'],
    phones: ['+1 319 555 0100', '+1 319 555 0101'],
  },
};

function opportunityClip(
  n: number,
  opportunity: Record<string, unknown>,
  sourceUrl = 'https://fund.example/',
) {
  return { id: uuid(n), kind: 'opportunity', capturedAt: '2026-11-22T10:00:00Z', sourceUrl, opportunity };
}

function orgClip(n: number, organization: Record<string, unknown>, notes?: string) {
  return {
    id: uuid(n),
    kind: 'organization',
    capturedAt: '2026-11-22T10:00:00Z',
    sourceUrl: 'https://somewhere.example/page',
    organization,
    ...(notes ? { notes } : {}),
  };
}

const stakeholderRow = (values: Record<string, unknown>) => STAKEHOLDERS.headers.map((h) => values[h] ?? '');
const fundingRow = (values: Record<string, unknown>) => FUNDING.headers.map((h) => values[h] ?? '');

function tabs(people: unknown[][] = [], money: unknown[][] = []): [TabValues, TabValues] {
  return [
    { header: [...STAKEHOLDERS.headers], rows: people },
    { header: [...FUNDING.headers], rows: money },
  ];
}

/** Saves clips into tabs in memory the way the endpoint writes them (escape dropped on store). */
function save(people: TabValues, money: TabValues, clips: unknown[]): ClipResult[] {
  const plan = planClipSave(people, money, clips);
  const stored = (v: unknown) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v);
  for (const [values, changes] of [
    [people, plan.stakeholders],
    [money, plan.funding],
  ] as const) {
    for (const [position, { row, columns }] of changes.updated)
      for (const column of columns) (values.rows[position] as unknown[])[column] = stored(row[column]);
    values.rows.push(...changes.appended.map((row) => row.map(stored)));
  }
  return plan.results;
}

const cellOf = (tab: TabValues, row: number, header: string) =>
  tab.rows[row - 2]?.[(tab.header as string[]).indexOf(header)];

describe('planClipSave: a directory whose entries link to profile pages on its own host', () => {
  it('should give each entry its own row and the owner a new row, leaving the entries untouched', () => {
    const [people, money] = tabs();
    const entries = [
      entryClip(1, 'Riverbend Food Shelf', 'riverbend-food-shelf'),
      entryClip(2, 'Prairie Youth Soccer League', 'prairie-youth-soccer-league'),
      entryClip(3, 'Cedar Valley Literacy Council', 'cedar-valley-literacy-council'),
    ];
    expect(save(people, money, entries).map((r) => [r.status, r.row])).toEqual([
      ['added', 2],
      ['added', 3],
      ['added', 4],
    ]);
    const before = structuredClone(people.rows);
    expect(save(people, money, [OWNER])).toEqual([{ id: OWNER.id, status: 'added', row: 5 }]);
    expect(people.rows.slice(0, 3)).toEqual(before);
    expect(cellOf(people, 2, 'Website')).toBe('');
    expect(cellOf(people, 2, 'Source URL')).toBe(`${DIRECTORY}riverbend-food-shelf/`);
    expect(cellOf(people, 2, 'Emails')).toBe('');
  });

  it('should not merge into a row an older Clipper gave the profile link as Website', () => {
    const [people, money] = tabs([
      stakeholderRow({
        ID: 'old',
        Name: 'Riverbend Food Shelf',
        Website: `${DIRECTORY}riverbend-food-shelf/`,
      }),
    ]);
    const [result] = save(people, money, [OWNER]);
    expect(result).toEqual({
      id: OWNER.id,
      status: 'added',
      row: 3,
      reason: 'Possible duplicate of row 2 (same website)',
    });
    expect(cellOf(people, 3, 'Notes')).toBe('Possible duplicate of row 2 (same website)');
    expect(cellOf(people, 2, 'Emails')).toBe('');
    expect(cellOf(people, 2, 'Type')).toBe('');
  });
});

describe('planClipSave: organisations', () => {
  it('should count clips earlier in the same request and compare ids case-insensitively', () => {
    const [people, money] = tabs();
    const first = orgClip(1, { name: 'Acme Trust', website: 'https://acme.org' });
    const results = save(people, money, [
      first,
      orgClip(2, { name: 'The Acme Trust Ltd', country: 'KE' }),
      { ...first, id: first.id.toUpperCase() },
    ]);
    expect(results.map((r) => [r.status, r.row])).toEqual([
      ['added', 2],
      ['updated', 2],
      ['duplicate', 2],
    ]);
    expect(people.rows).toHaveLength(1);
  });

  it('should answer duplicate when a re-clip has nothing to fill', () => {
    const [people, money] = tabs();
    save(people, money, [orgClip(1, { name: 'Acme', website: 'https://acme.org' })]);
    expect(save(people, money, [orgClip(2, { name: 'ACME', website: 'acme.org/about' })])).toEqual([
      { id: uuid(2), status: 'duplicate', row: 2 },
    ]);
  });

  it('should never use a Source URL as a website', () => {
    const [people, money] = tabs([
      stakeholderRow({ ID: 'x', Name: 'Zed Youth', 'Source URL': 'https://acme.org/partners' }),
    ]);
    expect(save(people, money, [orgClip(1, { name: 'Acme', website: 'https://acme.org' })])[0]).toMatchObject(
      {
        status: 'added',
        row: 3,
      },
    );
  });

  it('should keep the clip notes beside the possible-duplicate note', () => {
    const [people, money] = tabs([
      stakeholderRow({ ID: 'x', Name: 'Zed Youth', Website: 'https://acme.org' }),
    ]);
    save(people, money, [orgClip(1, { name: 'Acme Water', website: 'https://acme.org' }, 'Met at fair')]);
    expect(cellOf(people, 3, 'Notes')).toBe('Met at fair\nPossible duplicate of row 2 (same website)');
  });
});

describe('planClipSave: opportunities', () => {
  const grant = {
    title: 'Riverbend Water Grant',
    funderName: 'Cedar Prairie Community Foundation',
    url: 'https://www.cedarprairiecf.example/grants/water/',
  };

  it('should fill the one Funding row on a re-clip with a utm parameter, then answer duplicate', () => {
    const [people, money] = tabs();
    expect(save(people, money, [opportunityClip(1, grant)])[0]).toMatchObject({ status: 'added', row: 2 });
    const again = {
      ...grant,
      url: 'https://cedarprairiecf.example/grants/water?utm_source=newsletter&utm_medium=email',
      amountMax: 5000,
      currency: 'USD',
    };
    expect(save(people, money, [opportunityClip(2, again)])).toEqual([
      { id: uuid(2), status: 'updated', row: 2 },
    ]);
    expect(save(people, money, [opportunityClip(3, again)])).toEqual([
      { id: uuid(3), status: 'duplicate', row: 2 },
    ]);
    expect(money.rows).toHaveLength(1);
    expect(cellOf(money, 2, 'Amount Max')).toBe(5000);
    expect(cellOf(money, 2, 'URL')).toBe(grant.url);
    expect(people.rows).toHaveLength(1);
  });

  it('should give two grants from one funder two rows and the funder one', () => {
    const [people, money] = tabs();
    const results = save(people, money, [
      opportunityClip(1, grant),
      opportunityClip(2, {
        ...grant,
        title: 'Youth Sports Grant',
        url: 'https://cedarprairiecf.example/grants/youth',
      }),
    ]);
    expect(results.map((r) => [r.status, r.row])).toEqual([
      ['added', 2],
      ['added', 3],
    ]);
    expect(people.rows).toHaveLength(1);
  });

  it('should match the same title and funder on another page', () => {
    const [people, money] = tabs();
    save(people, money, [opportunityClip(1, grant)]);
    const elsewhere = { ...grant, url: 'https://grants.example/listing/42', deadline: '2027-01-31' };
    expect(save(people, money, [opportunityClip(2, elsewhere)])).toEqual([
      { id: uuid(2), status: 'updated', row: 2 },
    ]);
  });
});

type Case = [string, unknown[][], unknown[][], unknown, LookupQuery];

const CASES: Case[] = [
  [
    'an entry after its directory owner',
    [],
    [],
    entryClip(1, 'Riverbend Food Shelf', 'riverbend'),
    { name: 'Riverbend Food Shelf', website: '', listedOn: DIRECTORY },
  ],
  [
    'the owner after entries',
    [stakeholderRow({ ID: 'e1', Name: 'Riverbend Food Shelf', 'Source URL': `${DIRECTORY}riverbend/` })],
    [],
    OWNER,
    { name: OWNER.organization.name, website: OWNER.organization.website },
  ],
  [
    'the owner after a legacy entry row',
    [stakeholderRow({ ID: 'e1', Name: 'Riverbend Food Shelf', Website: `${DIRECTORY}riverbend/` })],
    [],
    OWNER,
    { name: OWNER.organization.name, website: OWNER.organization.website },
  ],
  [
    'same name, legal suffix',
    [stakeholderRow({ ID: 'a', Name: 'The Acme Foundation, Inc.' })],
    [],
    orgClip(1, { name: 'Acme Foundation', country: 'KE' }),
    { name: 'Acme Foundation' },
  ],
  [
    'acronym on the same host',
    [
      stakeholderRow({
        ID: 'a',
        Name: 'Amateur Radio Digital Communications',
        Website: 'https://www.ardc.net/',
      }),
    ],
    [],
    orgClip(1, { name: 'ARDC', website: 'https://ardc.net/grants' }),
    { name: 'ARDC', website: 'https://ardc.net/grants' },
  ],
  [
    'two facebook pages',
    [stakeholderRow({ ID: 'a', Name: 'Acme', Website: 'https://facebook.com/acme' })],
    [],
    orgClip(1, { name: 'Zed', website: 'https://www.facebook.com/zed' }),
    { name: 'Zed', website: 'https://www.facebook.com/zed' },
  ],
  [
    'the funder of an opportunity is no opportunity match',
    [],
    [
      fundingRow({
        ID: 'f',
        Opportunity: 'Water Grant',
        Funder: 'Fund Foundation',
        URL: 'https://fund.example/water',
      }),
    ],
    opportunityClip(1, {
      title: 'Youth Grant',
      funderName: 'Fund Foundation',
      url: 'https://fund.example/youth',
    }),
    { title: 'Youth Grant', funder: 'Fund Foundation', url: 'https://fund.example/youth' },
  ],
  [
    'a re-clipped grant with utm',
    [],
    [
      fundingRow({
        ID: 'f',
        Opportunity: 'Water Grant',
        Funder: 'Fund Foundation',
        URL: 'https://fund.example/water',
      }),
    ],
    opportunityClip(1, {
      title: 'Water Grant',
      funderName: 'Fund Foundation',
      url: 'https://www.fund.example/water/?utm_source=x',
    }),
    { title: 'Water Grant', funder: 'Fund Foundation', url: 'https://www.fund.example/water/?utm_source=x' },
  ],
  [
    'a grant by title and funder',
    [],
    [
      fundingRow({
        ID: 'f',
        Opportunity: 'Water Grant',
        Funder: 'Fund Foundation',
        URL: 'https://fund.example/water',
      }),
    ],
    opportunityClip(
      1,
      { title: 'The Water Grant', funderName: 'Fund Foundation Inc', amountMax: 10 },
      'https://elsewhere.example/',
    ),
    { title: 'The Water Grant', funder: 'Fund Foundation Inc', url: 'https://elsewhere.example/' },
  ],
  [
    'two calls on one listing page',
    [],
    [fundingRow({ ID: 'f', Opportunity: 'Water Grant', URL: 'https://fund.example/calls' })],
    opportunityClip(1, { title: 'Youth Sports Award' }, 'https://fund.example/calls'),
    { title: 'Youth Sports Award', url: 'https://fund.example/calls' },
  ],
];

describe('lookup and save agree', () => {
  it.each(CASES)('%s', (_what, peopleRows, moneyRows, clip, query) => {
    const [people, money] = tabs(structuredClone(peopleRows), structuredClone(moneyRows));
    const [match, ...others] = answerLookup(people, money, [query]);
    expect(others).toEqual([]);
    const [result] = planClipSave(people, money, [clip]).results;
    if (!match) {
      expect(result).toMatchObject({ status: 'added' });
      expect(result?.reason).toBeUndefined();
    } else if (match.possibleDuplicate) {
      expect(result).toMatchObject({
        status: 'added',
        reason: `Possible duplicate of row ${match.row} (${match.reason})`,
      });
    } else {
      expect(['updated', 'duplicate']).toContain(result?.status);
      expect(result?.row).toBe(match.row);
    }
  });

  it('should cover matches, possible duplicates and new rows', () => {
    const kinds = CASES.map(([, people, money, , query]) => {
      const [match] = answerLookup(...tabs(people, money), [query]);
      return match ? (match.possibleDuplicate ? 'possible' : match.tab) : 'none';
    });
    expect(new Set(kinds)).toEqual(new Set(['none', 'possible', 'Stakeholders', 'Funding']));
  });
});

describe('planClipSave: isolation', () => {
  it('should reject a clip the planner cannot read and save the others', () => {
    const [people, money] = tabs();
    const unreadable = new Proxy(
      {},
      {
        get() {
          throw new Error('unreadable clip');
        },
      },
    );
    const results = save(people, money, [
      orgClip(1, { name: 'Acme' }),
      unreadable,
      orgClip(2, { name: 'Bolt' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['added', 'rejected', 'added']);
    expect(results[1]?.reason).toContain('unreadable clip');
    expect(people.rows).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { answerLookup } from '../../shared/records/lookup.ts';
import { planClipSave, type TabValues } from '../../shared/records/save-clips.ts';
import { FUNDING, STAKEHOLDERS } from '../../shared/workbook-schema.ts';

const ORG_ID = '5f0c8a9e-1d2b-4c3d-8e4f-0a1b2c3d4e5f';
const OPP_ID = '6f0c8a9e-1d2b-4c3d-8e4f-0a1b2c3d4e5f';

function orgClip(id: string, organization: Record<string, unknown>) {
  return {
    id,
    kind: 'organization',
    capturedAt: '2025-03-01T10:00:00Z',
    sourceUrl: 'https://example.org',
    organization,
  };
}

function tabs(stakeholderRows: unknown[][] = []): { people: TabValues; money: TabValues } {
  return {
    people: { header: [...STAKEHOLDERS.headers], rows: stakeholderRows },
    money: { header: [...FUNDING.headers], rows: [] },
  };
}

function stakeholderRow(values: Record<string, unknown>): unknown[] {
  return STAKEHOLDERS.headers.map((h) => values[h] ?? '');
}

describe('planClipSave', () => {
  it('should add an organisation as a prospect with safe values', () => {
    const { people, money } = tabs();
    const plan = planClipSave(people, money, [
      orgClip(ORG_ID, {
        name: '=HYPERLINK("x")',
        website: 'https://acme.org',
        emails: ['a@acme.org', 'b@acme.org'],
      }),
    ]);
    expect(plan.results).toEqual([{ id: ORG_ID, status: 'added', row: 2 }]);
    const row = plan.stakeholders.appended[0] ?? [];
    const at = (h: string) => row[STAKEHOLDERS.headers.indexOf(h)];
    expect(at('Name')).toBe('\'=HYPERLINK("x")');
    expect(at('Status')).toBe('prospect');
    expect(at('Emails')).toBe('a@acme.org; b@acme.org');
    // The id starts with a digit: escaped so Sheets stores it as the text it is.
    expect(at('ID')).toBe(`'${ORG_ID}`);
  });

  it('should answer duplicate for a clip id already in the sheet', () => {
    const { people, money } = tabs([stakeholderRow({ ID: ORG_ID, Name: 'Acme' })]);
    const plan = planClipSave(people, money, [orgClip(ORG_ID, { name: 'Acme' })]);
    expect(plan.results).toEqual([{ id: ORG_ID, status: 'duplicate', row: 2 }]);
    expect(plan.stakeholders.appended).toHaveLength(0);
  });

  it('should fill only the empty cells of the same organisation found by domain', () => {
    const { people, money } = tabs([
      stakeholderRow({ ID: 'x1', Name: 'Acme Ltd', Website: 'acme.org', Country: 'Kenya' }),
    ]);
    const plan = planClipSave(people, money, [
      orgClip(ORG_ID, {
        name: 'ACME',
        website: 'https://www.acme.org/',
        country: 'Ghana',
        description: 'Water',
      }),
    ]);
    expect(plan.results[0]).toEqual({ id: ORG_ID, status: 'updated', row: 2 });
    const update = plan.stakeholders.updated.get(0);
    const at = (h: string) => update?.row[STAKEHOLDERS.headers.indexOf(h)];
    expect(at('Country')).toBe('Kenya');
    expect(at('Description')).toBe('Water');
    expect(at('ID')).toBe('x1');
    expect(update?.columns.has(STAKEHOLDERS.headers.indexOf('Country'))).toBe(false);
  });

  it('should reject a bad clip and keep the good ones', () => {
    const { people, money } = tabs();
    const plan = planClipSave(people, money, [
      { id: 'nope', kind: 'organization' },
      orgClip(ORG_ID, { name: 'Acme' }),
    ]);
    expect(plan.results[0]?.status).toBe('rejected');
    expect(plan.results[0]?.reason).toBeTruthy();
    expect(plan.results[1]?.status).toBe('added');
  });

  it('should add an opportunity to Funding and its funder to Stakeholders once, and a re-clip never twice', () => {
    const { people, money } = tabs();
    const opportunity = {
      id: OPP_ID,
      kind: 'opportunity',
      capturedAt: '2025-03-01T10:00:00Z',
      sourceUrl: 'https://fund.org/call',
      opportunity: {
        title: 'Call',
        funderName: 'Fund Foundation',
        sourceType: 'foundation',
        amountMax: 5000,
        deadline: '2025-04-01',
      },
    };
    const plan = planClipSave(people, money, [opportunity, { ...opportunity, id: ORG_ID }]);
    expect(plan.results.map((r) => r.status)).toEqual(['added', 'duplicate']);
    expect(plan.results.map((r) => r.row)).toEqual([2, 2]);
    expect(plan.funding.appended).toHaveLength(1);
    expect(plan.stakeholders.appended).toHaveLength(1);
    const funder = plan.stakeholders.appended[0] ?? [];
    expect(funder[STAKEHOLDERS.headers.indexOf('Type')]).toBe('foundation');
    const row = plan.funding.appended[0] ?? [];
    expect(row[FUNDING.headers.indexOf('Stage')]).toBe('prospect');
    expect(row[FUNDING.headers.indexOf('Deadline')]).toBe('2025-04-01');
  });

  it('should keep the stage picked in the Clipper', () => {
    const clip = {
      id: OPP_ID,
      kind: 'opportunity',
      capturedAt: '2025-03-01T10:00:00Z',
      sourceUrl: 'https://fund.example/call',
      opportunity: { title: 'Call', stage: 'drafting' },
    };
    const { people, money } = tabs();
    const row = planClipSave(people, money, [clip]).funding.appended[0] ?? [];
    expect(row[FUNDING.headers.indexOf('Stage')]).toBe('drafting');
  });
});

describe('answerLookup', () => {
  it('should match by website or normalised name, with the reason', () => {
    const people: TabValues = {
      header: ['Name', 'ID', 'Website'],
      rows: [
        ['Acme Ltd', 'a', 'acme.org'],
        ['Other', 'b', ''],
      ],
    };
    expect(
      answerLookup(people, undefined, [
        { website: 'https://acme.org/x' },
        { name: 'other' },
        { name: 'none' },
      ]),
    ).toEqual([
      { index: 0, id: 'a', name: 'Acme Ltd', tab: 'Stakeholders', row: 2, reason: 'same website' },
      { index: 1, id: 'b', name: 'Other', tab: 'Stakeholders', row: 3, reason: 'same name' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { captureToDraft } from '../../extension/clip/capture-to-draft.ts';
import { editField } from '../../extension/clip/draft.ts';
import { looksLikeFormula } from '../../extension/clip/looks-like-formula.ts';
import { findMissingFields } from '../../extension/clip/missing-fields.ts';
import type { PageCapture } from '../../shared/extract/types.ts';

const field = <T>(value: T) => ({ value, source: 'json-ld' as const, confidence: 0.9 });

// A grant page that names its title and funder and nothing else worth having.
const thinGrant = {
  title: field('Community Spark Grants'),
  funder: null,
  amountMin: null,
  amountMax: null,
  currency: null,
  deadline: null,
  eligibility: null,
  url: null,
};
const thinGrantPage: PageCapture = {
  url: 'https://www.cedarprairiecf.example/grants/community-spark/',
  kind: field('opportunity' as const),
  organization: {
    name: field('Cedar Prairie Community Foundation'),
    type: field('foundation' as const),
    website: null,
    emails: [],
    phones: [],
    country: null,
    focusAreas: [],
    sdgs: [],
    description: null,
  },
  opportunity: thinGrant,
  items: [],
};

describe('findMissingFields', () => {
  it('should mark amount, currency, deadline and eligibility of an opportunity the page left out', () => {
    expect([...findMissingFields(captureToDraft(thinGrantPage))].sort()).toEqual([
      'amount',
      'currency',
      'deadline',
      'eligibility',
    ]);
  });

  it('should mark website and emails of an organisation the page left out', () => {
    const draft = { ...captureToDraft(thinGrantPage), kind: 'organization' as const };
    expect([...findMissingFields(draft)].sort()).toEqual(['emails', 'website']);
  });

  it('should stop marking a field once the page, the selection or the person fills it', () => {
    let draft = captureToDraft({
      ...thinGrantPage,
      opportunity: { ...thinGrant, amountMax: field(25_000) },
    });
    expect(findMissingFields(draft).has('amount')).toBe(false);
    draft = editField(draft, 'opportunity', 'deadline', '2027-03-01', 'selection');
    draft = editField(draft, 'opportunity', 'currency', 'USD');
    // Cleared by the person: their choice, not the page's gap.
    draft = editField(draft, 'opportunity', 'eligibility', '');
    expect([...findMissingFields(draft)]).toEqual([]);
  });
});

describe('looksLikeFormula', () => {
  it.each([
    '=HYPERLINK("https://evil.example","Click")',
    '+SUM(A1:A9)',
    '-2+3',
    '@SUM(A1)',
    '\t=1+1',
    '\r=1+1',
    '  =1+1',
    '\u00a0=1+1',
    '\u200b=cmd|" /C calc"!A0',
    '\u202e=1+1',
    '\ufeff@SUM(A1)',
  ])('should flag %j', (text) => {
    expect(looksLikeFormula(text)).toBe(true);
  });

  it.each([
    '-12',
    '-3.5',
    '12',
    'Riverbend Food Shelf',
    'a = b',
    '+44 20 7946 0958',
    '+1 (555) 123-4567',
    '',
  ])('should not flag %j', (text) => {
    expect(looksLikeFormula(text)).toBe(false);
  });
});

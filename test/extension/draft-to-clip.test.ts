import { describe, expect, it } from 'vitest';
import { captureToDraft } from '../../extension/clip/capture-to-draft.ts';
import { editField, emptyDraft } from '../../extension/clip/draft.ts';
import { draftToClip, toAmount } from '../../extension/clip/draft-to-clip.ts';
import type { PageCapture } from '../../shared/extract/types.ts';

const stamp = { id: '5f0c6a53-6a7e-4b8e-9a57-1f4d8a1c2b3e', capturedAt: '2026-03-01T10:00:00.000Z' };
const field = <T>(value: T, source: 'json-ld' | 'text' = 'json-ld') => ({ value, source, confidence: 0.9 });

const grantPage: PageCapture = {
  url: 'https://www.ardc.net/apply/grants/',
  kind: field('opportunity' as const),
  organization: {
    name: field('Amateur Radio Digital Communications'),
    type: field('foundation' as const),
    website: field('https://www.ardc.net/'),
    emails: [field('grants@ardc.net', 'text')],
    phones: [],
    country: null,
    focusAreas: [field('amateur radio', 'text')],
    sdgs: [],
    description: null,
  },
  opportunity: {
    title: field('ARDC Grants 2026'),
    funder: null,
    amountMin: null,
    amountMax: field(50_000, 'text'),
    currency: field('USD', 'text'),
    deadline: field('2026-05-01', 'text'),
    eligibility: null,
    url: null,
  },
  items: [],
};

describe('captureToDraft', () => {
  it('should prefill every found field with where it came from', () => {
    const draft = captureToDraft(grantPage, ['radio']);
    expect(draft.kind).toBe('opportunity');
    expect(draft.opportunity.title).toEqual({ value: 'ARDC Grants 2026', source: 'json-ld' });
    expect(draft.opportunity.amountMax).toEqual({ value: '50000', source: 'text' });
    expect(draft.opportunity.funderName.value).toBe('Amateur Radio Digital Communications');
    expect(draft.opportunity.sourceType.value).toBe('foundation');
    expect(draft.organization.emails).toEqual({ value: ['grants@ardc.net'], source: 'text' });
    expect(draft.tags).toEqual({ value: ['radio'], source: 'settings' });
    expect(draft.organization.country).toEqual({ value: '' });
  });
});

describe('draftToClip', () => {
  it('should make an opportunity clip with its funder from the edited form', () => {
    const draft = editField(captureToDraft(grantPage), 'opportunity', 'amountMin', '10,000');
    const result = draftToClip(draft, stamp);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      id: stamp.id,
      kind: 'opportunity',
      sourceUrl: 'https://www.ardc.net/apply/grants/',
      opportunity: {
        title: 'ARDC Grants 2026',
        amountMin: 10_000,
        amountMax: 50_000,
        currency: 'USD',
        stage: 'prospect',
      },
      organization: { name: 'Amateur Radio Digital Communications', type: 'foundation' },
    });
  });

  it('should keep the Stage the person chose', () => {
    const draft = editField(captureToDraft(grantPage), 'opportunity', 'stage', 'drafting');
    const result = draftToClip(draft, stamp);
    expect(result.ok && result.value.opportunity?.stage).toBe('drafting');
  });

  it('should say what is missing instead of saving', () => {
    const result = draftToClip(emptyDraft('https://example.org/'), stamp);
    expect(result).toEqual({ ok: false, issues: [expect.stringContaining('name is required')] });
  });

  it('should refuse an amount that is not a number', () => {
    const draft = editField(captureToDraft(grantPage), 'opportunity', 'amountMin', 'lots');
    expect(draftToClip(draft, stamp).ok).toBe(false);
  });
});

describe('toAmount', () => {
  it.each([
    ['50,000', 50_000],
    ['1 500.5', 1500.5],
    ['', null],
  ])('should read %j as %j', (text, amount) => {
    expect(toAmount(text)).toBe(amount);
  });
});

import { describe, expect, it } from 'vitest';
import { captureToDraft } from '../../extension/clip/capture-to-draft.ts';
import { describeCountry } from '../../extension/clip/describe-country.ts';
import type { PageCapture } from '../../shared/extract/types.ts';

describe('describeCountry', () => {
  it.each([
    ['KE', 'en', 'Kenya'],
    ['US', 'en', 'United States'],
    ['DE', 'de', 'Deutschland'],
    ['CI', 'fr', 'Côte d’Ivoire'],
  ])('should name the code %s in the person’s language (%s): %s', (code, locale, name) => {
    expect(describeCountry(code, locale)).toEqual({ ok: true, text: name });
  });

  it.each([
    ['Kenya', 'Saved as KE (Kenya)'],
    ['ken', 'Saved as KE (Kenya)'],
    ['ke', 'Saved as KE (Kenya)'],
  ])('should say which code %j will be saved as', (typed, text) => {
    expect(describeCountry(typed, 'en')).toEqual({ ok: true, text });
  });

  it('should say nothing for an empty field', () => {
    expect(describeCountry('  ', 'en')).toBeUndefined();
  });

  it.each([
    ['Congo', /could be CD .* or CG/],
    ['Narnia', /two-letter code/],
  ])('should explain why %j cannot be saved', (typed, issue) => {
    const described = describeCountry(typed, 'en');
    expect(described?.ok).toBe(false);
    expect(described?.text).toMatch(issue);
  });
});

describe('captureToDraft: country', () => {
  const page = (country: string): PageCapture => ({
    url: 'https://www.kenyawatertrust.example/about',
    kind: { value: 'organization', source: 'json-ld', confidence: 0.9 },
    organization: {
      name: { value: 'Kenya Water Trust', source: 'json-ld', confidence: 0.9 },
      type: null,
      website: null,
      emails: [],
      phones: [],
      country: { value: country, source: 'json-ld', confidence: 0.8 },
      focusAreas: [],
      sdgs: [],
      description: null,
    },
    opportunity: null,
    items: [],
  });

  it.each([
    ['Kenya', 'KE'],
    ['KEN', 'KE'],
    ['ke', 'KE'],
  ])('should fill the form with the code for a page that says %j', (country, code) => {
    expect(captureToDraft(page(country)).organization.country).toEqual({ value: code, source: 'json-ld' });
  });

  it('should keep what the page said when it names no single country, for the person to fix', () => {
    expect(captureToDraft(page('Congo')).organization.country.value).toBe('Congo');
  });
});

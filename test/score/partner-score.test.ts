import { describe, expect, it } from 'vitest';
import { readRating, scorePartner, tierFor } from '../../shared/score/partner-score.ts';
import { defaultSettings } from '../../shared/settings/settings.ts';

describe('scorePartner', () => {
  const settings = defaultSettings();

  it.each([
    // (5→100 + 4→75 + 3→50) / 3 = 75
    [{ Alignment: 5, 'Mutual Benefit': 4, Resources: 3 }, 75, 'Strategic'],
    // all five at 3 → 50
    [{ Alignment: 3, 'Mutual Benefit': 3, Resources: 3, 'Local Knowledge': 3, Trust: 3 }, 50, 'Engage'],
    // (0 + 100) / 2 = 50
    [{ Alignment: 1, Trust: 5 }, 50, 'Engage'],
    // (25 + 25 + 0) / 3 = 16.666… → 16.7
    [{ Alignment: 2, Resources: 2, Trust: 1 }, 16.7, 'Deprioritize'],
    // (50 + 25) / 2 = 37.5
    [{ 'Local Knowledge': 3, Trust: '2' }, 37.5, 'Monitor'],
  ])('should score %j as %d (%s)', (ratings, score, tier) => {
    const result = scorePartner(ratings, settings);
    expect(result.score).toBe(score);
    expect(result.tier).toBe(tier);
  });

  it('should weight criteria from Settings', () => {
    const weighted = { ...settings, weights: { ...settings.weights, Alignment: 3 } };
    // (3×100 + 1×0) / 4 = 75
    expect(scorePartner({ Alignment: 5, Trust: 1 }, weighted).score).toBe(75);
  });

  it('should leave the score empty and say so when nothing is rated', () => {
    const result = scorePartner({ Alignment: '', Trust: 'high' }, settings);
    expect(result.score).toBeUndefined();
    expect(result.tier).toBeUndefined();
    expect(result.notes).toMatch(/no criteria rated/i);
  });

  it('should name the strongest and weakest criterion and what is not rated', () => {
    const { notes } = scorePartner({ Alignment: 5, 'Mutual Benefit': 2, Trust: 4 }, settings);
    expect(notes).toContain('Strongest: Alignment (5/5)');
    expect(notes).toContain('weakest: Mutual Benefit (2/5)');
    expect(notes).toContain('not rated: Resources, Local Knowledge');
  });
});

describe('tierFor', () => {
  it.each([
    [100, 'Strategic'],
    [75, 'Strategic'],
    [74.9, 'Engage'],
    [50, 'Engage'],
    [49.9, 'Monitor'],
    [25, 'Monitor'],
    [24.9, 'Deprioritize'],
    [0, 'Deprioritize'],
  ])('should put %d in %s', (score, tier) => {
    expect(tierFor(score, defaultSettings())).toBe(tier);
  });
});

describe('readRating', () => {
  it.each([
    [1, 1],
    [5, 5],
    ['4', 4],
    [0, undefined],
    [6, undefined],
    [2.5, undefined],
    ['', undefined],
    ['x', undefined],
  ])('should read %j as %j', (value, rating) => {
    expect(readRating(value)).toBe(rating);
  });
});

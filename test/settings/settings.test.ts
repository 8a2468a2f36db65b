import { describe, expect, it } from 'vitest';
import {
  defaultSettingRows,
  defaultSettings,
  parseSettings,
  toProbability,
} from '../../shared/settings/settings.ts';

describe('parseSettings', () => {
  it('should read the documented defaults back as the defaults', () => {
    const rows = defaultSettingRows().map((row) => [row.key, row.value]);
    expect(parseSettings(rows)).toEqual(defaultSettings());
  });

  it('should read keys in any case and fall back on blank or unreadable values', () => {
    const settings = parseSettings([
      ['Base Currency', 'eur'],
      ['EXCHANGE RATE usd', 0.92],
      ['weight trust', '2'],
      ['tier strategic', 'lots'],
      ['probability drafting', '45%'],
      ['Clipper Token Hash', 'ABC'],
      ['focus sdgs', '4; 5, 17; 99'],
    ]);
    expect(settings.baseCurrency).toBe('EUR');
    expect(settings.exchangeRates.USD).toBe(0.92);
    expect(settings.weights.Trust).toBe(2);
    expect(settings.tiers.strategic).toBe(75);
    expect(settings.probabilities.drafting).toBe(0.45);
    expect(settings.clipperTokenHash).toBe('abc');
    expect(settings.focusSdgs).toEqual([4, 5, 17]);
  });
});

describe('toProbability', () => {
  it.each([
    [0.4, 0.4],
    ['40%', 0.4],
    [40, 0.4],
    [1, 1],
    [150, undefined],
    [-1, undefined],
    ['', undefined],
  ])('should read %j as %j', (value, probability) => {
    expect(toProbability(value)).toBe(probability);
  });
});

import { describe, expect, it } from 'vitest';
import {
  f1,
  list,
  macroF1,
  sameName,
  samePhone,
  scalar,
  scorePage,
  sumCounts,
  urlKey,
} from '../../scripts/eval/score.ts';
import type { PlainCapture } from '../../shared/extract/types.ts';

const same = (a: string, b: string) => a === b;

describe('scalar', () => {
  it.each([
    ['null vs null', null, null, { tp: 0, fp: 0, fn: 0 }],
    ['a correct value', 'x', 'x', { tp: 1, fp: 0, fn: 0 }],
    ['a wrong value', 'x', 'y', { tp: 0, fp: 1, fn: 1 }],
    ['a missed value', 'x', null, { tp: 0, fp: 0, fn: 1 }],
    ['an invented value', null, 'y', { tp: 0, fp: 1, fn: 0 }],
  ])('should count %s', (_, expected, actual, counts) => {
    expect(scalar<string | null>(expected, actual, same)).toEqual(counts);
  });
});

describe('list', () => {
  it('should match values one to one', () => {
    expect(list(['a', 'b', 'b'], ['b', 'c', 'b', 'b'], same)).toEqual({ tp: 2, fp: 2, fn: 1 });
  });
});

describe('matching rules', () => {
  it.each([
    [
      'ARISS (Amateur Radio on the International Space Station)',
      'Amateur Radio on the International Space Station (ARISS)',
      true,
    ],
    ['NASA', 'NASA (National Aeronautics and Space Administration)', true],
    [
      'Health Resources and Services Administration (HRSA), Bureau of Health Workforce',
      'Health Resources and Services Administration (HRSA)',
      true,
    ],
    ['The Episcopal Church', 'Episcopal Church', true],
    ['Apply for a Grant', 'Apply', false],
    ['Lake Fund', 'River Fund', false],
  ])('should compare names leniently: %s ~ %s → %s', (a, b, expected) => {
    expect(sameName(a, b)).toBe(expected);
  });

  it.each([
    ['617-495-6000', '+1 617 495 6000', true],
    ['(212) 639-9675', '212.639.9675', true],
    ['617-495-6000', '617-495-6001', false],
  ])('should compare phones by digits: %s ~ %s → %s', (a, b, expected) => {
    expect(samePhone(a, b)).toBe(expected);
  });

  it('should compare URLs by host and path', () => {
    expect(urlKey('http://www.Example.org/')).toBe(urlKey('https://example.org'));
    expect(urlKey('https://президентскиегранты.рф')).toBe(
      urlKey('https://xn--80afcdbalict6afooklqi5o.xn--p1ai/'),
    );
  });
});

describe('scorePage', () => {
  const base: PlainCapture = { kind: 'opportunity', organization: null, opportunity: null, items: [] };
  const opportunity = {
    title: 'Seed Grants',
    funder: null,
    amountMin: null,
    amountMax: 5000,
    currency: 'USD',
    deadline: '2026-02-01',
    eligibility: null,
    url: null,
  };

  it('should accept a deadline the label notes allow', () => {
    const expected = { ...base, opportunity };
    const actual = { ...base, opportunity: { ...opportunity, deadline: '2026-04-01' } };
    expect(scorePage(expected, actual, { deadline: ['2026-04-01'] }).deadline).toEqual({
      tp: 1,
      fp: 0,
      fn: 0,
    });
    expect(scorePage(expected, actual).deadline).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('should give a perfect macro-F1 to a perfect capture', () => {
    const page = { ...base, opportunity };
    const total = sumCounts([scorePage(page, page)]);
    expect(macroF1(total)).toBe(1);
    expect(f1(total.amountMax)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('scorePage countries', () => {
  it('should count a country code and the country name as the same country', () => {
    const page = (country: string) => ({
      kind: 'organization' as const,
      organization: {
        name: 'A',
        type: null,
        website: null,
        emails: [],
        phones: [],
        country,
        focusAreas: [],
        sdgs: [],
        description: null,
      },
      opportunity: null,
      items: [],
    });
    expect(scorePage(page('United States'), page('US')).country).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scorePage(page('Russia'), page('RU')).country).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scorePage(page('Germany'), page('AT')).country).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

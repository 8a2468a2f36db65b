import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, findCountryName, toCountryCode } from '../../shared/country/country-code.ts';
import { validateClip, validateOrganization } from '../../shared/validate.ts';

describe('toCountryCode', () => {
  it.each([
    ['KE', 'KE'],
    ['ke', 'KE'],
    [' us ', 'US'],
    ['KEN', 'KE'],
    ['deu', 'DE'],
    ['USA', 'US'],
    ['Kenya', 'KE'],
    ['kenya', 'KE'],
    ['United States of America', 'US'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ["Côte d'Ivoire", 'CI'],
    ["Cote d'Ivoire", 'CI'],
    ['Ivory Coast', 'CI'],
    ['The Gambia', 'GM'],
    ['South Korea', 'KR'],
    ['Republic of Korea', 'KR'],
    ['Tanzania', 'TZ'],
    ['Democratic Republic of the Congo', 'CD'],
    ['DRC', 'CD'],
    ['Viet Nam', 'VN'],
    ['Vietnam', 'VN'],
    ['Bolivia', 'BO'],
    ['Falkland Islands', 'FK'],
    ['Bosnia & Herzegovina', 'BA'],
    ['Türkiye', 'TR'],
  ])('should read %j as %s', (input, code) => {
    expect(toCountryCode(input)).toEqual({ ok: true, value: code });
  });

  it.each([['Congo'], ['Korea'], ['Virgin Islands']])(
    'should refuse the ambiguous %j and name the codes it could be',
    (input) => {
      const result = toCountryCode(input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues[0]).toMatch(/could be [A-Z]{2} \(.+\) or [A-Z]{2} \(.+\)/);
    },
  );

  it.each([['Narnia'], ['XX'], ['ZZZ'], ['Nairobi, Kenya'], ['=1+1']])(
    'should refuse %j with a clear issue',
    (input) => {
      const result = toCountryCode(input);
      expect(result).toEqual({
        ok: false,
        issues: [expect.stringContaining('two-letter code, such as KE or US')],
      });
    },
  );
});

describe('COUNTRY_CODES', () => {
  it('should hold every assigned ISO 3166-1 alpha-2 code once, few enough for a Sheets dropdown', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(COUNTRY_CODES).toEqual(expect.arrayContaining(['KE', 'US', 'GB', 'SS', 'CW', 'AX']));
    expect(COUNTRY_CODES).not.toContain('UK');
    expect(COUNTRY_CODES.length).toBeLessThanOrEqual(500);
  });
});

describe('findCountryName', () => {
  it.each([
    ['KE', 'Kenya'],
    ['gb', 'United Kingdom'],
    ['XX', undefined],
    ['KEN', undefined],
  ])('should name %s as %s', (code, name) => {
    expect(findCountryName(code)).toBe(name);
  });
});

describe('country in clips', () => {
  const base = {
    id: '3f0c1a52-8d6e-4f3b-9a55-0c7f2b1d9e10',
    capturedAt: '2026-11-22T10:00:00.000Z',
    sourceUrl: 'https://riverside-trust.example/about',
    kind: 'organization',
  };

  it.each([
    ['Kenya', 'KE'],
    ['KEN', 'KE'],
    ['ke', 'KE'],
    ['United States', 'US'],
  ])('should save the country %j as %s', (country, code) => {
    const result = validateClip({ ...base, organization: { name: 'Riverside Trust', country } });
    expect(result.ok && result.value.organization?.country).toBe(code);
  });

  it('should keep an organisation without a country', () => {
    const result = validateOrganization({ name: 'Riverside Trust', country: '  ' });
    expect(result.ok && result.value.country).toBeUndefined();
  });

  it('should refuse an unknown or ambiguous country with the field named', () => {
    const narnia = validateClip({ ...base, organization: { name: 'Riverside Trust', country: 'Narnia' } });
    expect(narnia).toEqual({
      ok: false,
      issues: [expect.stringMatching(/^organization\.country: "Narnia" is not/)],
    });
    const congo = validateOrganization({ name: 'Riverside Trust', country: 'Congo' });
    expect(congo).toEqual({
      ok: false,
      issues: [expect.stringMatching(/^country: "Congo" could be CD .* or CG/)],
    });
  });
});

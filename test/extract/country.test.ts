import { describe, expect, it } from 'vitest';
import { countryOfHost, findCountry } from '../../shared/extract/country.ts';
import { readBody } from './page.ts';

describe('findCountry', () => {
  it.each([
    ['a US postal address', '<footer><p>400 S. State Street, Chicago, IL 60605</p></footer>'],
    ['a state name and ZIP', '<p>Soldiers Field, Boston, Massachusetts 02163</p>'],
    ['an "a US non-profit" statement', '<p>The Fund is a US non-profit organization.</p>'],
  ])('should read the United States from %s', (_, body) => {
    expect(findCountry(undefined, readBody(body).text.blocks, ['example.org'])?.value).toBe('United States');
  });

  it('should not read eligibility of foreign applicants as the country', () => {
    const { text } = readBody('<p>Non-U.S. applicants are eligible.</p>');
    expect(findCountry(undefined, text.blocks, ['example.org'])).toBeNull();
  });

  it('should prefer a structured address', () => {
    const org = {
      types: ['organization'],
      props: { address: { addressCountry: 'DE' } },
      source: 'json-ld' as const,
    };
    expect(findCountry(org, [], ['example.org'])?.value).toBe('Germany');
  });
});

describe('countryOfHost', () => {
  it.each([
    ['www.bmbf.de', 'Germany'],
    ['mzd.gov.cz', 'Czech Republic'],
    ['xn--80ahaefyxhn.xn--p1ai', 'Russia'],
    ['www.nasa.gov', 'United States'],
    ['ariss-usa.org', 'United States'],
    ['example.org', undefined],
    ['startup.io', undefined],
  ])('should map %s to %s', (host, expected) => {
    expect(countryOfHost(host)).toBe(expected);
  });
});

describe('findCountry on structured addresses', () => {
  const org = (addressCountry: unknown) => ({
    types: ['organization'],
    props: { address: { '@type': 'PostalAddress', addressCountry } },
    source: 'json-ld' as const,
  });

  it.each([
    ['US', 'United States'],
    ['USA', 'United States'],
    ['United States of America', 'United States'],
    ['GB', 'United Kingdom'],
    [{ '@type': 'Country', name: 'DE' }, 'Germany'],
    ['Kenya', 'Kenya'],
  ])('should write %j as the full country name %s, as the labelled pages do', (code, name) => {
    expect(findCountry(org(code), [], [])?.value).toBe(name);
  });
});

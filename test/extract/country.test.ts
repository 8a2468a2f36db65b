import { describe, expect, it } from 'vitest';
import { countryOfHost, findCountry } from '../../shared/extract/country.ts';
import { readBody } from './page.ts';

describe('findCountry', () => {
  it.each([
    ['a US postal address', '<footer><p>400 S. State Street, Chicago, IL 60605</p></footer>'],
    ['a state name and ZIP', '<p>Soldiers Field, Boston, Massachusetts 02163</p>'],
    ['an "a US non-profit" statement', '<p>The Fund is a US non-profit organization.</p>'],
  ])('should read the United States (US) from %s', (_, body) => {
    expect(findCountry(undefined, readBody(body).text.blocks, ['example.org'])?.value).toBe('US');
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
    expect(findCountry(org, [], ['example.org'])?.value).toBe('DE');
  });
});

describe('countryOfHost', () => {
  it.each([
    ['www.bmbf.de', 'DE'],
    ['mzd.gov.cz', 'CZ'],
    ['xn--80ahaefyxhn.xn--p1ai', 'RU'],
    ['www.nasa.gov', 'US'],
    ['ariss-usa.org', 'US'],
    ['www.hedgerowtrust.org.uk', 'GB'],
    ['erea.ec.europa.eu', undefined],
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
    ['US', 'US'],
    ['USA', 'US'],
    ['United States of America', 'US'],
    ['GB', 'GB'],
    ['uk', 'GB'],
    [{ '@type': 'Country', name: 'DE' }, 'DE'],
    ['Kenya', 'KE'],
    ['Deutschland', 'DE'],
  ])('should write %j as the ISO 3166-1 alpha-2 code %s', (code, name) => {
    expect(findCountry(org(code), [], [])?.value).toBe(name);
  });
});

describe('findCountry from the text of a page', () => {
  it.each([
    [
      'a Canadian address',
      '<footer><p>200 King Street West, Suite 1500<br>Toronto, ON M5H 3T4</p></footer>',
      'CA',
    ],
    [
      'an address block closed by the country',
      '<address>Place Rogier 16<br>1210 Brussels<br>Belgium</address>',
      'BE',
    ],
    [
      'an address on one line',
      '<p>Kilima Water Trust, Riverside Drive, P.O. Box 12345-00100, Nairobi, Kenya</p>',
      'KE',
    ],
    ['a UK postcode', '<p>The Hedgerow Trust, 12 Mill Lane, Ludlow SY8 1BB</p>', 'GB'],
    ['a "registered in" statement', '<p>© 2026 Kilima Water Trust · Registered NGO in Kenya</p>', 'KE'],
  ])('should read the country from %s', (_, body, code) => {
    expect(findCountry(undefined, readBody(body).text.blocks, ['example.org'])?.value).toBe(code);
  });

  it.each([
    ['countries a programme works in', '<p>In 2025 we worked in Kenya, Uganda and Tanzania.</p>'],
    ['who may apply', '<p>Applicants based in Kenya or Uganda are eligible.</p>'],
    [
      'a year beside a country in a grants table',
      '<table><tr><td>YOTA 2026 – Austria</td><td>$5,000</td></tr></table>',
    ],
  ])('should not read the organisation’s country from %s', (_, body) => {
    expect(findCountry(undefined, readBody(body).text.blocks, ['example.org'])).toBeNull();
  });
});

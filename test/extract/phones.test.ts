import { describe, expect, it } from 'vitest';
import { findPhones } from '../../shared/extract/phones.ts';
import { readBody } from './page.ts';

const phones = (body: string, country: 'US' | 'DE' | 'CZ' = 'US') =>
  findPhones(readBody(body).text, country, ['greenfund.org']).map((p) => p.value);

describe('findPhones', () => {
  it.each([
    ['a US number with dashes', '<p>Call 617-495-6000</p>', ['617-495-6000']],
    ['a US number with brackets', '<p>Phone: (312) 747-4300</p>', ['(312) 747-4300']],
    ['an international number', '<p>Telefon: +49 30 1857-0</p>', ['+49 30 1857-0']],
    ['a bracketed country code', '<p>Ústředna: (+420) 224 971 111</p>', ['(+420) 224 971 111']],
    ['a vanity number', '<p>Call (212) NEW-YORK today</p>', ['(212) 639-9675']],
  ])('should find %s', (_, body, expected) => {
    expect(phones(body)).toEqual(expected);
  });

  it('should prefer the number a tel: link shows over its href', () => {
    expect(phones('<a href="tel:212-716-6000">800-334-7626</a>')).toEqual(['800-334-7626']);
  });

  it('should count the same number once however it is written', () => {
    expect(phones('<a href="tel:+16174956000">617-495-6000</a><p>or 1-617-495-6000</p>')).toHaveLength(1);
  });

  it.each([
    ['a fax number', '<p>Fax: 617-495-6001</p>'],
    ['a year range', '<p>Copyright 2011 - 2026</p>'],
    ['an amount', '<p>Grants of $415,000 to $1,250,000</p>'],
    ['a date', '<p>Due 2026-09-30 or 30.09.2026</p>'],
    ['a ZIP code and street number', '<p>400 S. State Street, Chicago, IL 60605</p>'],
  ])('should not take %s for a phone number', (_, body) => {
    expect(phones(body)).toEqual([]);
  });

  it('should leave out help-desk numbers of another organisation’s site', () => {
    const body =
      '<h2>Our office</h2><p>Call 617-495-6000</p><h2>Grants.gov</h2><p>Grants.gov support: 1-800-518-4726</p>';
    expect(phones(body)).toEqual(['617-495-6000']);
  });
});

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

describe('findPhones near the organisation’s own contact block', () => {
  const own = (body: string, country: 'US' | 'KE' | 'CA' = 'US', name = 'Harrowfield Foundation') =>
    findPhones(readBody(body).text, country, ['example.org'], [], name).map((p) => p.value);

  it('should leave out helplines and toll-free lines of other bodies that a grant page mentions', () => {
    const body =
      '<p>If you or someone you know is in crisis, call or text 9-8-8 or contact the Kids Help Phone at 1-800-668-6868. ' +
      "Ontario's Health811 line is available around the clock at 1-866-797-0000.</p>" +
      '<footer><p>Harrowfield Foundation, Toronto</p><p>Tel. 416-555-0142</p></footer>';
    expect(own(body, 'CA')).toEqual(['416-555-0142']);
  });

  it('should leave out the numbers of partner agencies and other offices named before them', () => {
    const body =
      '<p>Tel: +254 20 271 3344<br>Mobile: 0722 555 123</p>' +
      '<p>Projects in Kitui County are run with Tana Valley Development Agency (+254 44 440 2211) and County Water Office, Kitui (+254 20 233 4455).</p>' +
      '<p>Call the Water Services Regulatory Board’s free line 0800 720 605.</p>';
    expect(own(body, 'KE', 'Kilima Water Trust')).toEqual(['+254 20 271 3344', '0722 555 123']);
  });

  it('should leave out a TDD line that continues another office’s number', () => {
    const body =
      '<p>Contact the HHS Office for Civil Rights for more information or call 1-800-368-1019 or TDD 1-800-537-7697.</p>' +
      '<p>Call: 877-464-4772</p>';
    expect(own(body, 'US', 'Health Resources and Services Administration')).toEqual(['877-464-4772']);
  });

  it('should keep the organisation’s own toll-free and main lines when the page says they are its own', () => {
    const body =
      '<p>Call our toll-free line at 1-800-555-0199. You also can call our main phone line at (718) 935-2000.</p>';
    expect(own(body)).toEqual(['1-800-555-0199', '(718) 935-2000']);
  });
});

describe('findPhones in national format', () => {
  it.each([
    ['FR', '<p>Tél. : 01 45 67 89 10 – appels@fondslumiere.fr</p>', ['01 45 67 89 10']],
    ['GB', '<p>© 2026 Hedgerow Trust · 0161 496 0123</p>', ['0161 496 0123']],
    [
      'ES',
      '<p>Para dudas, llame al 983 45 67 89 o escriba a convocatorias@fundacionrioclaro.es.</p>',
      ['983 45 67 89'],
    ],
    ['BR', '<p>Telefone: (81) 3456-7890 · editais@maraberto.org.br</p>', ['(81) 3456-7890']],
  ] as const)('should read a number written for %s', (country, body, expected) => {
    const own = ['fondslumiere.fr', 'hedgerowtrust.org.uk', 'fundacionrioclaro.es', 'maraberto.org.br'];
    expect(findPhones(readBody(body).text, country, own).map((p) => p.value)).toEqual(expected);
  });

  it('should not read a reference number as a phone in national format', () => {
    expect(
      findPhones(readBody('<p>Charitable registration no. 0123 4567 89</p>').text, 'GB', []).map(
        (p) => p.value,
      ),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findMoney, parseNumber } from '../../shared/extract/amounts.ts';
import { selectAwardAmounts } from '../../shared/extract/money-selection.ts';
import { readBody } from './page.ts';

function award(body: string, country: string | null = null) {
  const { text } = readBody(body);
  const { amountMin, amountMax, currency } = selectAwardAmounts(findMoney(text.blocks), text.blocks, country);
  return { min: amountMin?.value ?? null, max: amountMax?.value ?? null, currency: currency?.value ?? null };
}

describe('parseNumber', () => {
  it.each([
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['10.000', 10000],
    ['10 000', 10000],
    ['1.5', 1.5],
    ['2,500', 2500],
  ])('should read %s as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});

describe('selectAwardAmounts', () => {
  it.each([
    ['a ceiling', '<p>Grants of up to $50,000 per project.</p>', { min: null, max: 50000, currency: 'USD' }],
    [
      'a euro range',
      '<p>Förderung: €10.000–€25.000 je Projekt.</p>',
      { min: 10000, max: 25000, currency: 'EUR' },
    ],
    [
      'an ISO code and a word scale',
      '<p>Awards of USD 1.5 million are available for each grantee.</p>',
      { min: 1500000, max: 1500000, currency: 'USD' },
    ],
    [
      '"between … and …"',
      '<p>Grants are between $5,000 and $10,000.</p>',
      { min: 5000, max: 10000, currency: 'USD' },
    ],
    [
      'an award ceiling with a word currency',
      '<p>The maximum award is 20,000 euros per applicant.</p>',
      { min: null, max: 20000, currency: 'EUR' },
    ],
    [
      'several fixed awards',
      '<p>The first scholarship awards $2,500.</p><p>The second scholarship awards $1,500.</p>',
      { min: 1500, max: 2500, currency: 'USD' },
    ],
    [
      'a Spanish "importe máximo"',
      '<p>Cada proyecto podrá recibir un importe máximo de 30.000 € por proyecto.</p>',
      { min: null, max: 30000, currency: 'EUR' },
    ],
    [
      'a German range whose first number has no currency',
      '<p>Die Fördersumme liegt zwischen 5.000 und 20.000 Euro pro Projekt.</p>',
      { min: 5000, max: 20000, currency: 'EUR' },
    ],
    [
      'a French range with a shared scale',
      '<p>Les subventions vont de 1 à 2 millions d’euros par projet.</p>',
      { min: 1000000, max: 2000000, currency: 'EUR' },
    ],
    [
      'an Italian "contributo massimo"',
      '<p>Il contributo massimo è di 25.000 euro per progetto.</p>',
      { min: null, max: 25000, currency: 'EUR' },
    ],
    [
      'a Dutch "maximaal"',
      '<p>U kunt een subsidie aanvragen van maximaal € 15.000 per project.</p>',
      { min: null, max: 15000, currency: 'EUR' },
    ],
    [
      'a Brazilian "até R$"',
      '<p>Cada projeto receberá apoio de até R$ 100.000,00.</p>',
      { min: null, max: 100000, currency: 'BRL' },
    ],
    [
      'a label naming the capped sum',
      '<p>Cuantía máxima de la ayuda: 30.000 €</p>',
      { min: null, max: 30000, currency: 'EUR' },
    ],
    [
      'a French "entre … et …"',
      '<p>Subvention comprise entre 5 000 et 20 000 €.</p>',
      { min: 5000, max: 20000, currency: 'EUR' },
    ],
    [
      'a Portuguese "mil" as thousands',
      '<p>Valor máximo do apoio: R$ 100 mil por projeto.</p>',
      { min: null, max: 100000, currency: 'BRL' },
    ],
    [
      'a Portuguese range in "mil"',
      '<p>Apoios entre R$ 10 mil e R$ 50 mil.</p>',
      { min: 10000, max: 50000, currency: 'BRL' },
    ],
    [
      'labelled table cells (grants.gov synopsis)',
      `<table><tr><th>Estimated Total Program Funding:</th><td>$12,000,000</td></tr>
        <tr><th>Award Ceiling:</th><td>$150,000</td></tr><tr><th>Award Floor:</th><td>$25,000</td></tr></table>`,
      { min: 25000, max: 150000, currency: 'USD' },
    ],
    [
      'an amount after a year, not a range from the year',
      '<p>Small grants 2026 – €5,000 per project.</p>',
      { min: 5000, max: 5000, currency: 'EUR' },
    ],
  ])('should read %s', (_, body, expected) => {
    expect(award(body)).toEqual(expected);
  });

  it.each([
    ['a Spanish programme total', '<p>La dotación total del programa es de 2 millones de euros.</p>'],
    ['a Spanish ticket', '<p>Jornada informativa de la convocatoria. Entrada: 15 € por persona.</p>'],
    ['a French programme envelope', '<p>L’enveloppe globale de l’appel s’élève à 1,2 million d’euros.</p>'],
    ['a German programme budget', '<p>Das Gesamtbudget des Förderprogramms beträgt 500.000 Euro.</p>'],
    ['a Portuguese programme budget', '<p>O orçamento total do edital de apoio é de R$ 2 milhões.</p>'],
    ['an Italian programme allocation', '<p>Lo stanziamento complessivo del bando è di 800.000 euro.</p>'],
  ])('should find no award amount in %s', (_, body) => {
    expect(award(body).max).toBeNull();
  });

  it('should ignore prices, total budgets and phone numbers', () => {
    const body = `<p>Tickets to the gala cost $25.</p><p>Expected total funding: $5,000,000.</p>
      <p>Call 1-800-555-0199 for help.</p><p>Funding per award: up to $415,000.</p>`;
    expect(award(body)).toEqual({ min: null, max: 415000, currency: 'USD' });
  });

  it('should find nothing when the only amount is a programme price', () => {
    expect(award('<p>The new program price is either $1,450.00 or $1,860.00.</p>')).toEqual({
      min: null,
      max: null,
      currency: null,
    });
  });

  it('should use the first section that states awards', () => {
    const body = `<h3>Chapter funding</h3><p>Support is $1,000 per year for single chapters or $500 per year for joint chapters.</p>
      <h3>Travel</h3><p>Officers may receive financial support up to $2,250 per year.</p>`;
    expect(award(body)).toEqual({ min: 500, max: 1000, currency: 'USD' });
  });

  it('should read a bare dollar as the country’s dollar', () => {
    expect(award('<p>Grants of up to $5,000.</p>', 'Canada').currency).toBe('CAD');
  });

  it('should skip amounts in navigation and footers', () => {
    expect(
      award('<nav><a href="/">Donate $10</a></nav><footer><p>Grants up to $99</p></footer>').max,
    ).toBeNull();
  });
});

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
  ])('should read %s', (_, body, expected) => {
    expect(award(body)).toEqual(expected);
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

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readSelection } from '../../extension/capture/read-selection.ts';

const page = () =>
  parseHTML('<!doctype html><html lang="en"><body></body></html>').document as unknown as Document;
const english = { lang: 'en', country: null };

describe('readSelection', () => {
  it('should offer the email, amount and deadline a selected sentence holds', () => {
    const text =
      'Contact our programme officer, maria.lopez@riverside-foundation.example.org, about the Youth Water Fund: grants of up to $25,000, apply by 15 June 2027.';
    expect(readSelection(page(), text, english)).toEqual({
      text,
      emails: ['maria.lopez@riverside-foundation.example.org'],
      amountMin: null,
      amountMax: 25_000,
      currency: 'USD',
      deadline: '2027-06-15',
    });
  });

  it.each([
    ['Awards range from €10.000 to €25.000.', { amountMin: 10_000, amountMax: 25_000, currency: 'EUR' }],
    ['The fee is $40.', { amountMin: 40, amountMax: 40, currency: 'USD' }],
    ['Write to info@another-domain.example.com', { emails: ['info@another-domain.example.com'] }],
    ['Nothing useful here.', { emails: [], amountMin: null, amountMax: null, deadline: null }],
  ])('should read %j', (text, expected) => {
    expect(readSelection(page(), text, english)).toMatchObject(expected);
  });

  it('should read a bare "$" with the page\'s country', () => {
    expect(readSelection(page(), 'Grants of up to $5,000.', { lang: 'en', country: 'Canada' }).currency).toBe(
      'CAD',
    );
  });

  it('should keep selected markup as text', () => {
    const text = '<img src=x onerror=alert(1)> grants of up to $1,000';
    expect(readSelection(page(), text, english)).toMatchObject({ text, amountMax: 1_000 });
  });
});

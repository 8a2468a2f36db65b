/** Currency symbols, ISO codes and words, and the code each stands for. */
const SYMBOLS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  USD$: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₽': 'RUB',
  C$: 'CAD',
  CA$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  R$: 'BRL',
  CHF: 'CHF',
  'Fr.': 'CHF',
  Kč: 'CZK',
  zł: 'PLN',
  kr: 'SEK',
};
/** ISO 4217 codes an amount may be written with. */
export const CODES =
  'USD|EUR|GBP|CAD|AUD|NZD|CHF|JPY|CNY|INR|BRL|MXN|ZAR|KES|NGN|GHS|SEK|NOK|DKK|PLN|CZK|HUF|RON|RUB|ARS|CLP|COP|PEN';
const WORDS: [RegExp, string][] = [
  [/^(?:us\s)?dollars?$/i, 'USD'],
  [/^(?:euros?|euro)$/i, 'EUR'],
  [/^(?:pounds?(?: sterling)?)$/i, 'GBP'],
  [/^(?:korun|koruna|kč)$/i, 'CZK'],
  [/^(?:reais|real)$/i, 'BRL'],
  [/^(?:francs? suisses?|swiss francs?)$/i, 'CHF'],
];
/** The ISO code of a currency symbol, code or word ("€", "usd", "reais"), or null. */
export function currencyOf(symbol: string): string | null {
  const trimmed = symbol.trim();
  const upper = trimmed.toUpperCase();
  if (new RegExp(`^(?:${CODES})$`).test(upper)) return upper;
  if (SYMBOLS[trimmed]) return SYMBOLS[trimmed] ?? null;
  for (const [pattern, code] of WORDS) if (pattern.test(trimmed)) return code;
  return null;
}

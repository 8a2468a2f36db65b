import { LIMITS } from './limits.ts';
import type { TextBlock } from './visible-text.ts';

/** A money amount found in text, with its currency and the words around it. */
export interface MoneyMention {
  value: number;
  currency: string | null;
  /** "max" after "up to", "min" after "at least", "range-min"/"range-max" for ranges, else "exact". */
  role: 'exact' | 'max' | 'min' | 'range-min' | 'range-max';
  block: number;
  score: number;
  /** Written with a bare "$", whose currency depends on the country. */
  dollar: boolean;
}

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
const CODES =
  'USD|EUR|GBP|CAD|AUD|NZD|CHF|JPY|CNY|INR|BRL|MXN|ZAR|KES|NGN|GHS|SEK|NOK|DKK|PLN|CZK|HUF|RON|RUB|ARS|CLP|COP|PEN';
const WORDS: [RegExp, string][] = [
  [/^(?:us\s)?dollars?$/i, 'USD'],
  [/^(?:euros?|euro)$/i, 'EUR'],
  [/^(?:pounds?(?: sterling)?)$/i, 'GBP'],
  [/^(?:korun|koruna|kč)$/i, 'CZK'],
  [/^(?:reais|real)$/i, 'BRL'],
  [/^(?:francs? suisses?|swiss francs?)$/i, 'CHF'],
];
const NUMBER = String.raw`\d{1,3}(?:[,.\u00a0\u202f ]\d{3}){1,4}(?:[.,]\d{1,2})?|\d{1,9}(?:[.,]\d{1,2})?`;
const SCALE = String.raw`(?:\s?(?:k\b|m\b|mn\b|bn\b|thousand|million|billion|mil\b|millones|millions?|milliards?|milh(?:ões|ão)|mio\.?|millionen|mrd\.?|tsd\.?))?`;
const PREFIX_SYMBOL = String.raw`(US\$|USD\$|CA\$|C\$|AU\$|A\$|NZ\$|R\$|[$€£¥₹₽]|Fr\.|CHF)`;
const MONEY = new RegExp(
  String.raw`(?:${PREFIX_SYMBOL}\s?(${NUMBER})(${SCALE})|\b(${CODES})\s?(${NUMBER})(${SCALE})|(${NUMBER})(${SCALE})\s?(?:(${CODES})\b|([€£₹₽]|Kč|zł)|(dollars?|euros?|euro|pounds?|korun|koruna|reais)\b))`,
  'gi',
);
const AWARD =
  /\b(?:grants?|awards?|awarded|scholarships?|fellowships?|funding|funds?|stipends?|prizes?|bursary|bursaries|support|seed|financial|subsidy|subsidies|förder\w*|zuschuss|stipendium|subvenci\w+|ayudas?|becas?|subventions?|bourses?|financement|prêmio|bolsas?|financiamento|apoio|dotac\w*|per (?:project|award|applicant|grantee|year|chapter|student|recipient)|each)\b/i;
const FILLER = String.raw`(?:\s+(?:award|grant|amount|funding|request|per\s+\w+|is|of|will be|be))*\s*[:=]?\s*`;
const CEILING = new RegExp(
  String.raw`(?:up to|a maximum of|maximum|max\.?|ceiling|no more than|not (?:to )?exceed|not more than|bis zu|höchstens|maximal|hasta|jusqu'?à|jusqu’à|até|plafond|tope|cap of)${FILLER}$`,
  'i',
);
const FLOOR = new RegExp(
  String.raw`(?:at least|minimum(?: of)?|min\.?|floor|no less than|not less than|mindestens|from|ab|desde|à partir de|a partir de|mínimo de)${FILLER}$`,
  'i',
);
const RANGE_TO = /^\s*(?:-|–|—|to|and|bis|a|à|hasta|até)\s*$/i;
const NEGATIVE =
  /\b(?:price[sd]?|pricing|cost[s]?|fees?|tuition|purchase|buy|sale|shipping|ticket|salar(?:y|ies)|revenue|income|assets|donated|donations?|raised|spent|total|overall|pool|budget(?:s|ed)?|appropriat\w+|expected total|in total|insgesamt|gesamt\w*|preis|kosten|precio|coste?|prix|coût|preço|custo|dues|membership)\b/i;

/** Finds money mentions in content blocks, scoring how likely each is a per-award grant amount. */
export function findMoney(blocks: TextBlock[]): MoneyMention[] {
  const out: MoneyMention[] = [];
  const limit = Math.min(blocks.length, LIMITS.scanBlocks);
  for (let i = 0; i < limit; i++) {
    const block = blocks[i] as TextBlock;
    if (block.chrome || block.footer || !/\d/.test(block.text)) continue;
    out.push(...mentionsIn(block.text.slice(0, 3000), i, block.table));
  }
  return out;
}

function mentionsIn(text: string, block: number, table: boolean): MoneyMention[] {
  const found: MoneyMention[] = [];
  let previous: { end: number; mention: MoneyMention } | undefined;
  for (const m of text.matchAll(MONEY)) {
    const parsed = parseMatch(m);
    if (!parsed) continue;
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 40), start);
    const sentence = sentenceAround(text, start, start + m[0].length);
    const mention: MoneyMention = {
      ...parsed,
      role: roleOf(before),
      block,
      score: scoreOf(sentence, before, table),
    };
    if (previous && RANGE_TO.test(text.slice(previous.end, start))) {
      previous.mention.role =
        previous.mention.role === 'min' || previous.mention.role === 'exact'
          ? 'range-min'
          : previous.mention.role;
      mention.role = 'range-max';
      mention.currency ??= previous.mention.currency;
      previous.mention.currency ??= mention.currency;
    }
    found.push(mention);
    previous = { end: start + m[0].length, mention };
  }
  return found;
}

function parseMatch(
  m: RegExpMatchArray,
): { value: number; currency: string | null; dollar: boolean } | undefined {
  const symbol = m[1] ?? m[4] ?? m[9] ?? m[10] ?? m[11];
  const number = m[2] ?? m[5] ?? m[7];
  const scale = m[3] ?? m[6] ?? m[8] ?? '';
  if (!number) return undefined;
  const value = parseNumber(number) * scaleOf(scale);
  if (!Number.isFinite(value) || value <= 0 || value > 1e12) return undefined;
  if (!symbol && /^(?:19|20)\d\d$/.test(number)) return undefined;
  return { value, currency: currencyOf(symbol ?? ''), dollar: symbol === '$' };
}

/** Parses "1,234.56", "1.234,56", "10 000" and "1.5" into a number. */
export function parseNumber(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const groups = compact.match(/^\d{1,3}(?:([,.])\d{3})+(?:([.,])(\d{1,2}))?$/);
  if (groups) {
    const [, thousands, decimal, cents] = groups;
    const whole = compact
      .slice(0, decimal ? compact.length - (cents?.length ?? 0) - 1 : undefined)
      .split(thousands ?? ',')
      .join('');
    return Number(whole) + (cents ? Number(`0.${cents}`) : 0);
  }
  return Number(compact.replace(',', '.'));
}

function scaleOf(scale: string): number {
  const s = scale.trim().toLowerCase();
  if (!s) return 1;
  if (/^(?:k|thousand|tsd)/.test(s)) return 1e3;
  if (/^(?:bn|billion|milliard|mrd)/.test(s)) return 1e9;
  return 1e6;
}

function currencyOf(symbol: string): string | null {
  const trimmed = symbol.trim();
  const upper = trimmed.toUpperCase();
  if (new RegExp(`^(?:${CODES})$`).test(upper)) return upper;
  if (SYMBOLS[trimmed]) return SYMBOLS[trimmed] ?? null;
  for (const [pattern, code] of WORDS) if (pattern.test(trimmed)) return code;
  return null;
}

function roleOf(before: string): MoneyMention['role'] {
  if (CEILING.test(before)) return 'max';
  if (/between\s*$|zwischen\s*$|entre\s*$/i.test(before)) return 'range-min';
  if (FLOOR.test(before)) return 'min';
  return 'exact';
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start) + 1, start - 200, 0);
  const stop = text.indexOf('. ', end);
  return text.slice(from, stop < 0 ? Math.min(text.length, end + 200) : Math.min(stop, end + 200));
}

function scoreOf(sentence: string, before: string, table: boolean): number {
  let score = AWARD.test(sentence) ? 2 : 0;
  if (CEILING.test(before) || FLOOR.test(before)) score += 1;
  if (NEGATIVE.test(sentence)) score -= 3;
  if (table) score -= 1;
  return score;
}

import { CODES, currencyOf } from './currencies.ts';
import { LIMITS } from './limits.ts';
import { RANGE_TO, roleOf, scoreOf } from './money-context.ts';
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

const NUMBER = String.raw`\d{1,3}(?:[,.\u00a0\u202f ]\d{3}){1,4}(?:[.,]\d{1,2})?|\d{1,9}(?:[.,]\d{1,2})?`;
const SCALE = String.raw`(?:\s?(?:k\b|m\b|mn\b|bn\b|thousand|million|billion|mil\b|millones|millions?|milliards?|milh(?:ões|ão)|mio\.?|millionen|mrd\.?|tsd\.?))?`;
const PREFIX_SYMBOL = String.raw`(US\$|USD\$|CA\$|C\$|AU\$|A\$|NZ\$|R\$|[$€£¥₹₽]|Fr\.|CHF)`;
const MONEY = new RegExp(
  String.raw`(?:${PREFIX_SYMBOL}\s?(${NUMBER})(${SCALE})|\b(${CODES})\s?(${NUMBER})(${SCALE})|(${NUMBER})(${SCALE})\s?(?:(${CODES})\b|([€£₹₽]|Kč|zł)|(?:(?:de|d['’])\s?)?(dollars?|euros?|euro|pounds?|korun|koruna|reais)\b))`,
  'gi',
);
const BARE_START = new RegExp(String.raw`(?:^|[^\d.,])(${NUMBER})(${SCALE})(\s*\S{1,5}\s*)$`, 'i');

/** Finds money mentions in content blocks, scoring how likely each is a per-award grant amount. */
export function findMoney(blocks: TextBlock[]): MoneyMention[] {
  const out: MoneyMention[] = [];
  const limit = Math.min(blocks.length, LIMITS.scanBlocks);
  for (let i = 0; i < limit; i++) {
    const block = blocks[i] as TextBlock;
    if (block.chrome || block.footer || !/\d/.test(block.text)) continue;
    const text = `${labelOf(blocks, i)}${block.text.slice(0, 3000)}`;
    out.push(...mentionsIn(text, i, block.table));
  }
  return out;
}

/** The label of a value on its own ("Award Ceiling:" in the cell before "$150,000"), with a space. */
function labelOf(blocks: TextBlock[], index: number): string {
  const block = blocks[index] as TextBlock;
  const label = blocks[index - 1];
  if (!label || block.text.length > 60 || label.text.length > 80 || /\d/.test(label.text)) return '';
  if (label.chrome || label.footer || label.heading > 0) return '';
  return label.text.endsWith(':') || (label.table && block.table) ? `${label.text} ` : '';
}

function mentionsIn(text: string, block: number, table: boolean): MoneyMention[] {
  const found: MoneyMention[] = [];
  let previousEnd = -1;
  for (const m of text.matchAll(MONEY)) {
    const parsed = parseMatch(m);
    if (!parsed) continue;
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 40), start);
    const sentence = sentenceAround(text, start, start + m[0].length);
    const mention: MoneyMention = {
      value: parsed.value,
      currency: parsed.currency,
      dollar: parsed.dollar,
      role: roleOf(before),
      block,
      score: scoreOf(sentence, before, table),
    };
    const previous = found[found.length - 1];
    if (previous && previousEnd >= 0 && RANGE_TO.test(text.slice(previousEnd, start))) {
      joinRange(previous, mention);
    } else {
      const bare = bareRangeStart(text.slice(Math.max(0, start - 40), start), mention, parsed.scale);
      if (bare) found.push(bare);
    }
    found.push(mention);
    previousEnd = start + m[0].length;
  }
  return found;
}

function joinRange(low: MoneyMention, high: MoneyMention): void {
  low.role = low.role === 'min' || low.role === 'exact' ? 'range-min' : low.role;
  high.role = 'range-max';
  high.currency ??= low.currency;
  low.currency ??= high.currency;
}

/** The start of "5.000 und 20.000 Euro" or "1 à 2 millions d'euros", which names no currency itself. */
function bareRangeStart(before: string, high: MoneyMention, scale: number): MoneyMention | undefined {
  const m = before.match(BARE_START);
  if (!m?.[1] || !RANGE_TO.test(m[3] ?? '') || /^(?:19|20)\d\d$/.test(m[1])) return undefined;
  const own = m[2]?.trim() ? scaleOf(m[2]) : 1;
  let value = parseNumber(m[1]) * own;
  if (own === 1 && value * scale < high.value) value *= scale;
  if (!(value > 0 && value < high.value && value * 100 >= high.value)) return undefined;
  const lead = before.slice(0, (m.index ?? 0) + m[0].indexOf(m[1]));
  const low: MoneyMention = { ...high, value, role: roleOf(lead) };
  joinRange(low, high);
  return low;
}

function parseMatch(
  m: RegExpMatchArray,
): { value: number; scale: number; currency: string | null; dollar: boolean } | undefined {
  const symbol = m[1] ?? m[4] ?? m[9] ?? m[10] ?? m[11];
  const number = m[2] ?? m[5] ?? m[7];
  const scale = scaleOf(m[3] ?? m[6] ?? m[8] ?? '');
  if (!number) return undefined;
  const value = parseNumber(number) * scale;
  if (!Number.isFinite(value) || value <= 0 || value > 1e12) return undefined;
  if (!symbol && /^(?:19|20)\d\d$/.test(number)) return undefined;
  return { value, scale, currency: currencyOf(symbol ?? ''), dollar: symbol === '$' };
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
  if (/^(?:k|thousand|tsd|mil$)/.test(s)) return 1e3;
  if (/^(?:bn|billion|milliard|mrd)/.test(s)) return 1e9;
  return 1e6;
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start) + 1, start - 200, 0);
  const stop = text.indexOf('. ', end);
  return text.slice(from, stop < 0 ? Math.min(text.length, end + 200) : Math.min(stop, end + 200));
}

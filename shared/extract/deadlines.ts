import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as es from 'chrono-node/es';
import * as fr from 'chrono-node/fr';
import * as pt from 'chrono-node/pt';
import { NOT_DEADLINE, RANGE, STRONG, startsMidWord, WEAK } from './deadline-words.ts';
import { LIMITS } from './limits.ts';
import { type DateParser, dayFirstDates, type ParsedDate } from './month-dates.ts';
import type { TextBlock } from './visible-text.ts';

/** A deadline found near a deadline word, as YYYY-MM-DD. */
export interface DeadlineMention {
  date: string;
  block: number;
  strong: boolean;
}

const WINDOW = 160;
const RANGE_JOIN = /^\s*(?:-|–|—|to|until|till|through|al|a|au|à|bis|até|tot|e|y|et)\s*$/i;
/** Where a new sentence starts: after a word of five letters or more, so "Fri. 14 Feb" stays whole. */
const SENTENCE_END = /(?<=\p{L}{5}\.)\s+(?=\p{Lu})/u;

/** Finds dated deadlines near deadline words in content blocks, in English, German, French, Spanish and Portuguese. */
export function findDeadlines(blocks: TextBlock[], lang: string): DeadlineMention[] {
  // The page kind and the opportunity both ask; date parsing is the costliest step of an extraction.
  const known = found.get(blocks);
  if (known && known.lang === lang) return known.mentions;
  const mentions = scanDeadlines(blocks, lang);
  found.set(blocks, { lang, mentions });
  return mentions;
}

const found = new WeakMap<TextBlock[], { lang: string; mentions: DeadlineMention[] }>();

function scanDeadlines(blocks: TextBlock[], lang: string): DeadlineMention[] {
  const parsers = parsersFor(lang);
  const out: DeadlineMention[] = [];
  const limit = Math.min(blocks.length, LIMITS.scanBlocks);
  for (let i = 0; i < limit; i++) {
    const block = blocks[i] as TextBlock;
    if (block.chrome || block.footer || !nearDigits(blocks, i)) continue;
    const text = block.text.slice(0, 3000);
    for (const [pattern, trigger] of [
      [STRONG, 'strong'],
      [RANGE, 'range'],
      [WEAK, 'weak'],
    ] as const) {
      for (const m of text.matchAll(pattern)) {
        const start = m.index ?? 0;
        if (startsMidWord(text, start)) continue;
        const date = dateAfter(blocks, i, start, start + m[0].length, parsers, trigger);
        if (date) out.push({ date, block: i, strong: trigger !== 'weak' });
      }
    }
  }
  return out;
}

/** A deadline word needs a date in its block or the two after it (its window); most blocks have none. */
function nearDigits(blocks: TextBlock[], index: number): boolean {
  if (/\d/.test((blocks[index] as TextBlock).text.slice(0, 3000))) return true;
  for (let i = index + 1; i < index + 3 && i < blocks.length; i++) {
    if (/\d/.test((blocks[i] as TextBlock).text.slice(0, WINDOW))) return true;
  }
  return false;
}

function parsersFor(lang: string): DateParser[] {
  const code = lang.slice(0, 2);
  const local: Record<string, DateParser> = {
    de: de.strict,
    fr: fr.strict,
    es: es.strict,
    pt: pt.strict,
    it: dayFirstDates,
    nl: dayFirstDates,
  };
  const first = local[code];
  const english = /^en[-_](?:gb|ie|au|nz|in|za)/.test(lang) ? en.GB : en.strict;
  if (first) return [first, english];
  // A page that names no language we read may still be in one of them: English first, then the rest.
  return code === 'en' ? [english] : [english, ...new Set(Object.values(local))];
}

type Trigger = 'strong' | 'range' | 'weak';

function dateAfter(
  blocks: TextBlock[],
  index: number,
  start: number,
  offset: number,
  parsers: DateParser[],
  trigger: Trigger,
): string | undefined {
  const text = (blocks[index] as TextBlock).text;
  const sentenceStart = Math.max(text.lastIndexOf('. ', start) + 1, start - 160, 0);
  const before = text.slice(sentenceStart, start);
  if (NOT_DEADLINE.test(before) || (trigger === 'weak' && /\d\s*,?\s*$/.test(before))) return undefined;
  const window = windowAfter(blocks, index, offset, trigger === 'strong');
  // A deadline needs its day as a number near the word; most "by" and "until" have none, and parsing is costly.
  const reach = { strong: 110, range: 50, weak: 30 }[trigger];
  if (!/\d/.test(window.slice(0, reach))) return undefined;
  for (const parser of parsers) {
    const results = safeParse(parser, window);
    const first = results[0];
    if (!first || first.index > { strong: 80, range: 20, weak: 4 }[trigger]) continue;
    const end = rangeEnd(results, window);
    const date = trigger === 'range' ? end : (end ?? first.start);
    const after = window.slice(first.index + first.text.length);
    const ymd = date && dayOf(date, before, after);
    if (ymd) return ymd;
  }
  return undefined;
}

/** The end of "1 Jan – 31 Mar 2027" or "del 1 de febrero al 15 de marzo de 2027" (two dates for some locales). */
function rangeEnd(results: ParsedDate[], window: string): ParsedDate['end'] {
  const [first, second] = results;
  if (first?.end) return first.end;
  if (!first || !second) return undefined;
  const between = window.slice(first.index + first.text.length, second.index);
  return RANGE_JOIN.test(between) ? second.start : undefined;
}

function dayOf(date: NonNullable<ParsedDate['end']>, before: string, after: string): string | undefined {
  const month = date.get('month');
  const year = date.isCertain('year')
    ? date.get('year')
    : (yearBefore(before) ?? (month ? yearOfPeriodAfter(before, after, month) : null));
  const day = date.isCertain('day') ? date.get('day') : null;
  if (!year || !month || !day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function windowAfter(blocks: TextBlock[], index: number, offset: number, strong: boolean): string {
  let window = (blocks[index] as TextBlock).text.slice(offset, offset + WINDOW);
  for (
    let next = index + 1;
    strong && window.length < 40 && next < blocks.length && next < index + 3;
    next++
  ) {
    window += ` ${(blocks[next] as TextBlock).text.slice(0, WINDOW)}`;
  }
  const stop = window.search(SENTENCE_END);
  return stop > 0 ? window.slice(0, stop) : window;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const PERIOD_AFTER =
  /^[^.;]{0,80}?\b(?:for|from|in|starting|beginning|held|during)\b[^.;]{0,30}?\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(?:to|through|until|-|–|and)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)?\s+(20\d\d)\b/i;
const RECURRING =
  /\b(?:each|every|annual(?:ly)?|per) year\b|\bannually\b|\beach (?:quarter|month|spring|summer|autumn|fall|winter)\b/i;

/**
 * The year of a deadline written without one, from the period it opens: "closes on September 30 for contacts
 * held from January to June 2027" closes in 2026, the September before that January. Recurring dates stay undated.
 */
function yearOfPeriodAfter(before: string, after: string, month: number): number | null {
  if (RECURRING.test(before) || RECURRING.test(after)) return null;
  const m = after.match(PERIOD_AFTER);
  if (!m?.[1] || !m[2]) return null;
  const start = MONTHS.indexOf(m[1].toLowerCase()) + 1;
  const year = Number(m[2]);
  return start > 0 && start < month ? year - 1 : year;
}

function yearBefore(before: string): number | null {
  const years = before.match(/\b20\d\d\b/g);
  return years ? Number(years[years.length - 1]) : null;
}

function safeParse(parser: DateParser, text: string): ParsedDate[] {
  try {
    return parser.parse(text, new Date(Date.UTC(2000, 0, 1)));
  } catch {
    return [];
  }
}

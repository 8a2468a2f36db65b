import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as es from 'chrono-node/es';
import * as fr from 'chrono-node/fr';
import * as pt from 'chrono-node/pt';
import { LIMITS } from './limits.ts';
import type { TextBlock } from './visible-text.ts';

/** A deadline found near a deadline word, as YYYY-MM-DD. */
export interface DeadlineMention {
  date: string;
  block: number;
  strong: boolean;
}

interface DateParser {
  parse(
    text: string,
    ref?: Date,
  ): {
    index: number;
    text: string;
    start: {
      get(c: 'year' | 'month' | 'day'): number | null;
      isCertain(c: 'year' | 'month' | 'day'): boolean;
    };
    end?: unknown;
  }[];
}

const STRONG =
  /\b(?:deadlines?|due(?! to\b)(?: date)?|clos(?:es|ing date|ing|e)|apply by|submit(?:ted)? by|no later than|received by|until|bewerbungsschluss|einsendeschluss|antragsfrist|frist|stichtag|einreichung bis|fecha l[íi]mite|plazo|cierre|date limite|date de clôture|clôture|avant le|prazo|data limite|encerramento)\b/gi;
const WEAK = /\b(?:through|till|by|bis(?: zum)?|hasta(?: el)?|jusqu'au|jusqu’au|até)\b/gi;
const NOT_DEADLINE =
  /\b(?:period of performance|project period|performance period|published|updated|posted|copyright|born|founded|established)\b/i;
const WINDOW = 160;

/** Finds dated deadlines near deadline words in content blocks, in English, German, French, Spanish and Portuguese. */
export function findDeadlines(blocks: TextBlock[], lang: string): DeadlineMention[] {
  const parsers = parsersFor(lang);
  const out: DeadlineMention[] = [];
  const limit = Math.min(blocks.length, LIMITS.scanBlocks);
  for (let i = 0; i < limit; i++) {
    const block = blocks[i] as TextBlock;
    if (block.chrome || block.footer) continue;
    const text = block.text.slice(0, 3000);
    for (const [pattern, strong] of [
      [STRONG, true],
      [WEAK, false],
    ] as const) {
      for (const m of text.matchAll(pattern)) {
        const start = m.index ?? 0;
        const date = dateAfter(blocks, i, start, start + m[0].length, parsers, strong);
        if (date) out.push({ date, block: i, strong });
      }
    }
  }
  return out;
}

function parsersFor(lang: string): DateParser[] {
  const code = lang.slice(0, 2);
  const local: Record<string, DateParser> = { de: de.strict, fr: fr.strict, es: es.strict, pt: pt.strict };
  const first = local[code];
  const english = /^en[-_](?:gb|ie|au|nz|in|za)/.test(lang) ? en.GB : en.strict;
  return first ? [first, english] : [english];
}

function dateAfter(
  blocks: TextBlock[],
  index: number,
  start: number,
  offset: number,
  parsers: DateParser[],
  strong: boolean,
): string | undefined {
  const text = (blocks[index] as TextBlock).text;
  const sentenceStart = Math.max(text.lastIndexOf('. ', start) + 1, start - 160, 0);
  const before = text.slice(sentenceStart, start);
  if (NOT_DEADLINE.test(before) || (!strong && /\d\s*,?\s*$/.test(before))) return undefined;
  const window = windowAfter(blocks, index, offset, strong);
  for (const parser of parsers) {
    const results = safeParse(parser, window);
    const first = results[0];
    if (!first || first.index > (strong ? 80 : 4)) continue;
    const year = first.start.isCertain('year') ? first.start.get('year') : yearBefore(before);
    const month = first.start.get('month');
    const day = first.start.isCertain('day') ? first.start.get('day') : null;
    if (!year || !month || !day) continue;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
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
  return window;
}

function yearBefore(before: string): number | null {
  const years = before.match(/\b20\d\d\b/g);
  return years ? Number(years[years.length - 1]) : null;
}

function safeParse(parser: DateParser, text: string): ReturnType<DateParser['parse']> {
  try {
    return parser.parse(text, new Date(Date.UTC(2000, 0, 1)));
  } catch {
    return [];
  }
}

import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as es from 'chrono-node/es';
import * as fr from 'chrono-node/fr';
import * as pt from 'chrono-node/pt';
import { LIMITS } from './limits.ts';
import { type DateParser, dayFirstDates, type ParsedDate } from './month-dates.ts';
import type { TextBlock } from './visible-text.ts';

/** A deadline found near a deadline word, as YYYY-MM-DD. */
export interface DeadlineMention {
  date: string;
  block: number;
  strong: boolean;
}

/** A word, not part of a longer one, in any script: `\b` is ASCII-only and misses "até" or "vóór". */
const word = (alternatives: string) =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives})(?![\p{L}\p{N}])`, 'giu');

const STRONG = word(
  [
    String.raw`deadlines?|due(?! to\b)(?: date)?|clos(?:es|ing date|ing|e)|apply by|submit(?:ted)? by|no later than|received by|until`,
    'bewerbungsschluss|einsendeschluss|antragsfrist|frist|stichtag|einreichung bis|(?:bis )?spätestens',
    'fecha l[íi]mite|plazo|cierre|date limite|date de clôture|clôture|avant le|au plus tard',
    'prazo|data limite|encerramento|inscrições(?: abertas)? até',
    'scadenza|termine (?:ultimo|di presentazione)|entro e non oltre|data di chiusura|sluitingsdatum|uiterlijk',
  ].join('|'),
);
const WEAK = word(
  "through|till|by|bis(?: zum)?|hasta(?: el)?|jusqu'au|jusqu’au|até|entro(?: il)?|fino al|tot en met|vóór",
);
/** Words before a date range whose end is the deadline: "open 1 Jan – 31 Mar 2027". */
const RANGE = word(
  'open(?:s|ed)?|accepted|abiert[oa]s?|ouvert(?:e|es|s)?|geöffnet|abert[oa]s?|apert[oa]|geopend',
);
const NOT_DEADLINE =
  /(?<!\p{L})(?:period of performance|project period|performance period|published|updated|posted|copyright|born|founded|established|rolling|publicado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)/iu;
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
    for (const [pattern, trigger] of [
      [STRONG, 'strong'],
      [RANGE, 'range'],
      [WEAK, 'weak'],
    ] as const) {
      for (const m of text.matchAll(pattern)) {
        const start = m.index ?? 0;
        const date = dateAfter(blocks, i, start, start + m[0].length, parsers, trigger);
        if (date) out.push({ date, block: i, strong: trigger !== 'weak' });
      }
    }
  }
  return out;
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
  return first ? [first, english] : [english];
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
  for (const parser of parsers) {
    const first = safeParse(parser, window)[0];
    if (!first || first.index > { strong: 80, range: 20, weak: 4 }[trigger]) continue;
    const date = trigger === 'range' ? first.end : first.start;
    const ymd = date && dayOf(date, before);
    if (ymd) return ymd;
  }
  return undefined;
}

function dayOf(date: NonNullable<ParsedDate['end']>, before: string): string | undefined {
  const year = date.isCertain('year') ? date.get('year') : yearBefore(before);
  const month = date.get('month');
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
  return window;
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

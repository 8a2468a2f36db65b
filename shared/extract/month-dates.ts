/** A date parser with chrono's result shape, so deadlines can try several in turn. */
export interface DateParser {
  parse(text: string, ref?: Date): ParsedDate[];
}

/** One date found in text: where it starts, and its year, month and day. */
export interface ParsedDate {
  index: number;
  text: string;
  start: DateParts;
  end?: DateParts | null;
}

interface DateParts {
  get(c: 'year' | 'month' | 'day'): number | null;
  isCertain(c: 'year' | 'month' | 'day'): boolean;
}

/** Italian and Dutch month names and abbreviations, January first: a table is lighter than two chrono locales. */
const MONTHS = [
  'gennaio|januari|gen|jan',
  'febbraio|februari|feb',
  'marzo|maart|mar|mrt',
  'aprile|april|apr',
  'maggio|mei|mag',
  'giugno|juni|giu|jun',
  'luglio|juli|lug|jul',
  'agosto|augustus|ago|aug',
  'settembre|september|set|sep|sept',
  'ottobre|oktober|ott|okt',
  'novembre|november|nov',
  'dicembre|december|dic|dec',
];
const NAMED = new RegExp(
  String.raw`(?<!\d)(\d{1,2})(?:°|º|\.)?\s+(${MONTHS.join('|')})\.?(?:\s+(\d{4}))?(?![\p{L}\d])`,
  'iu',
);
const NUMERIC = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/;

/** Reads day-first dates ("30 aprile 2027", "1 mrt. 2027", "15/05/2027") in Italian and Dutch. */
export const dayFirstDates: DateParser = {
  parse(text) {
    const named = text.match(NAMED);
    const numeric = text.match(NUMERIC);
    const first =
      named && (!numeric || (named.index ?? 0) <= (numeric.index ?? 0)) ? named : (numeric ?? undefined);
    if (!first) return [];
    const month = first === named ? monthOf(first[2] ?? '') : Number(first[2]);
    const year = first[3] ? Number(first[3]) : null;
    const day = Number(first[1]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return [];
    const parts: Record<string, number | null> = { year, month, day };
    const start: DateParts = {
      get: (c) => parts[c] ?? null,
      isCertain: (c) => parts[c] !== null,
    };
    return [{ index: first.index ?? 0, text: first[0], start }];
  },
};

function monthOf(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((names) => names.split('|').includes(lower)) + 1;
}

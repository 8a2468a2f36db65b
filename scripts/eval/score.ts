/**
 * Scoring for `npm run eval:extract`: compares a plain capture with a hand-made label, counting true
 * positives, false positives and false negatives per field value.
 */
import { countryCode } from '../../shared/extract/country.ts';
import { normalizeName } from '../../shared/extract/text-utils.ts';
import type { DirectoryItem, PlainCapture } from '../../shared/extract/types.ts';

/** The fields whose F1 makes up the macro-F1. */
export const SCORED_FIELDS = [
  'kind',
  'name',
  'type',
  'website',
  'emails',
  'phones',
  'country',
  'title',
  'funder',
  'amountMin',
  'amountMax',
  'currency',
  'deadline',
  'items',
] as const;

/** One scored field name. */
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** True/false positives and false negatives for one field. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Extra values a label's notes accept for a field (e.g. any of several listed deadlines). */
export type Alternatives = Partial<Record<ScoredField, string[]>>;

/** Directory labels hold at most this many entries, in page order. */
export const LABELLED_ITEMS = 20;

type Scalar = string | number | null | undefined;

/** Counts one page's matches per field. */
export function scorePage(
  expected: PlainCapture,
  actual: PlainCapture,
  alternatives: Alternatives = {},
): Record<ScoredField, Counts> {
  const eo = expected.organization;
  const ao = actual.organization;
  const ep = expected.opportunity;
  const ap = actual.opportunity;
  return {
    kind: scalar(expected.kind, actual.kind, sameText),
    name: scalar(eo?.name, ao?.name, sameName),
    type: scalar(eo?.type, ao?.type, sameText),
    website: scalar(eo?.website, ao?.website, sameUrl),
    emails: list(eo?.emails ?? [], ao?.emails ?? [], (a, b) => a.toLowerCase() === b.toLowerCase()),
    phones: list(eo?.phones ?? [], ao?.phones ?? [], samePhone),
    country: scalar(eo?.country, ao?.country, sameCountry),
    title: scalar(ep?.title, ap?.title, sameName),
    funder: scalar(ep?.funder, ap?.funder, sameName),
    amountMin: scalar(ep?.amountMin, ap?.amountMin, sameNumber),
    amountMax: scalar(ep?.amountMax, ap?.amountMax, sameNumber),
    currency: scalar(ep?.currency, ap?.currency, sameText),
    deadline: scalar(
      ep?.deadline,
      ap?.deadline,
      (a, b) => a === b || (alternatives.deadline ?? []).includes(String(b)),
    ),
    items: list(
      expected.items,
      actual.items.slice(0, Math.max(LABELLED_ITEMS, expected.items.length)),
      sameItem,
    ),
  };
}

/** A missing value that is correctly missing counts nothing; a wrong value is both a false positive and a false negative. */
export function scalar<T extends Scalar>(
  expected: T,
  actual: T,
  same: (a: NonNullable<T>, b: NonNullable<T>) => boolean,
): Counts {
  const e = expected ?? null;
  const a = actual ?? null;
  if (e === null && a === null) return { tp: 0, fp: 0, fn: 0 };
  if (e === null) return { tp: 0, fp: 1, fn: 0 };
  if (a === null) return { tp: 0, fp: 0, fn: 1 };
  return same(e as NonNullable<T>, a as NonNullable<T>) ? { tp: 1, fp: 0, fn: 0 } : { tp: 0, fp: 1, fn: 1 };
}

/** Matches list values one to one (a multiset), each expected value used once. */
export function list<T>(expected: T[], actual: T[], same: (a: T, b: T) => boolean): Counts {
  const unused = [...expected];
  let tp = 0;
  for (const value of actual) {
    const at = unused.findIndex((e) => same(e, value));
    if (at >= 0) {
      unused.splice(at, 1);
      tp++;
    }
  }
  return { tp, fp: actual.length - tp, fn: unused.length };
}

function sameText(a: string | number, b: string | number): boolean {
  return String(a).trim().toLowerCase() === String(b).trim().toLowerCase();
}

function sameNumber(a: string | number, b: string | number): boolean {
  return Math.abs(Number(a) - Number(b)) < 0.005;
}

/** Host without "www." plus path without trailing slash, case-insensitive; the scheme is ignored. */
export function urlKey(value: string): string {
  try {
    const url = new URL(value.includes('://') ? value : `https://${value}`);
    return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${url.search}`.toLowerCase();
  } catch {
    return value.trim().toLowerCase();
  }
}

function sameUrl(a: string | number, b: string | number): boolean {
  return urlKey(String(a)) === urlKey(String(b));
}

/** Same digits, or the same number with and without a 1–3 digit country code. */
export function samePhone(a: string, b: string): boolean {
  const x = a.replace(/\D/g, '');
  const y = b.replace(/\D/g, '');
  if (x === y) return x.length > 0;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 7 && long.endsWith(short) && long.length - short.length <= 3;
}

const COUNTRY_ALIASES: Record<string, string> = {
  us: 'united states',
  usa: 'united states',
  'u s': 'united states',
  'u s a': 'united states',
  'united states of america': 'united states',
  uk: 'united kingdom',
  'great britain': 'united kingdom',
  czechia: 'czech republic',
  'russian federation': 'russia',
};

function sameCountry(a: string | number, b: string | number): boolean {
  // Extraction writes ISO 3166-1 alpha-2 codes; the labels write names.
  const norm = (v: string) => countryCode(v) ?? COUNTRY_ALIASES[normalizeName(v)] ?? normalizeName(v);
  return norm(String(a)) === norm(String(b));
}

function aliases(name: string, depth = 0): Set<string> {
  const out = new Set<string>([normalizeName(name), normalizeName(name.replace(/\([^)]*\)/g, ' '))]);
  for (const m of name.matchAll(/\(([^)]*)\)/g)) out.add(normalizeName(m[1] ?? ''));
  const beforeComma = name.split(',')[0] ?? '';
  if (depth === 0 && beforeComma !== name) for (const alias of aliases(beforeComma, 1)) out.add(alias);
  out.delete('');
  return out;
}

/**
 * Lenient name match (the labels ask for it: "ARISS (Amateur Radio …)" vs "Amateur Radio … (ARISS)"):
 * same normalised text, a shared alias (text in or out of brackets, text before a comma), or one name's
 * words all inside the other's when they are at least half of them.
 */
export function sameName(a: string | number, b: string | number): boolean {
  const x = aliases(String(a));
  const y = aliases(String(b));
  for (const alias of x) if (y.has(alias)) return true;
  const xs = normalizeName(String(a)).split(' ');
  const ys = normalizeName(String(b)).split(' ');
  const [small, large] = xs.length <= ys.length ? [xs, ys] : [ys, xs];
  const words = new Set(large);
  return small.length > 0 && small.every((w) => words.has(w)) && small.length * 2 >= large.length;
}

function sameItem(expected: DirectoryItem, actual: DirectoryItem): boolean {
  if (normalizeName(expected.name) !== normalizeName(actual.name)) return false;
  return expected.url === null || (actual.url !== null && urlKey(expected.url) === urlKey(actual.url));
}

/** Precision, recall and F1 from counts; a field with nothing expected and nothing found scores 1. */
export function f1(counts: Counts): { precision: number; recall: number; f1: number } {
  const { tp, fp, fn } = counts;
  if (tp + fp + fn === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const score = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1: score };
}

/** Adds up per-page counts per field. */
export function sumCounts(pages: Record<ScoredField, Counts>[]): Record<ScoredField, Counts> {
  const total = Object.fromEntries(SCORED_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ScoredField,
    Counts
  >;
  for (const page of pages) {
    for (const field of SCORED_FIELDS) {
      total[field].tp += page[field].tp;
      total[field].fp += page[field].fp;
      total[field].fn += page[field].fn;
    }
  }
  return total;
}

/** The mean F1 over the scored fields. */
export function macroF1(total: Record<ScoredField, Counts>): number {
  return SCORED_FIELDS.reduce((sum, field) => sum + f1(total[field]).f1, 0) / SCORED_FIELDS.length;
}

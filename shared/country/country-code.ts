/**
 * Country as ISO 3166-1 alpha-2 (PRODUCT.md: data model, workbook contract): what a person typed
 * or a page gave ("KE", "ken", "Kenya", "Côte d'Ivoire", "USA") becomes the two-letter code, or an
 * issue that says why not. Pure and ICU-free: Apps Script's V8 runs it too.
 */
import { fail, ok, type Result } from '../result.ts';
import { COUNTRY_TABLE } from './country-table.ts';

/** Every officially assigned alpha-2 code, A to Z: the Country column's dropdown. */
export const COUNTRY_CODES: readonly string[] = COUNTRY_TABLE.map((row) => row.slice(0, 2));

// Names people write that ISO's short and common names do not cover (former and everyday names).
const ALIASES: Record<string, string> = {
  US: 'USA;U.S.;U.S.A.;United States of America;America',
  GB: 'UK;U.K.;Great Britain;Britain;England;Scotland;Wales;Northern Ireland',
  CI: 'Ivory Coast',
  CZ: 'Czech Republic',
  CV: 'Cape Verde',
  BN: 'Brunei',
  RU: 'Russia',
  TR: 'Turkey;Turkiye',
  MK: 'Macedonia',
  MM: 'Burma',
  SZ: 'Swaziland',
  TL: 'East Timor',
  VA: 'Vatican;Vatican City',
  NL: 'Holland',
  CD: 'DRC;DR Congo;Congo-Kinshasa',
  CG: 'Republic of the Congo;Congo-Brazzaville',
  AE: 'UAE',
  PS: 'Palestine;State of Palestine',
  FM: 'Micronesia',
};

/** Lower case, no accents, no punctuation, no "the": "The Gambia" and "gambia" meet. */
function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// ISO writes "Korea, Republic of": people write "Republic of Korea" or just "Korea". The part
// before the comma is kept as a name too, so "Korea" and "Congo" find two countries and are refused.
function namesOf(name: string): string[] {
  const plain = name.replace(/\s*\([^)]*\)/g, '');
  const comma = plain.indexOf(',');
  if (comma < 0) return plain === name ? [name] : [name, plain];
  const head = plain.slice(0, comma);
  return [name, plain, head, `${plain.slice(comma + 1)} ${head}`];
}

let byName: Map<string, Set<string>> | undefined;

// Built on first use: most callers only ever see codes.
function nameIndex(): Map<string, Set<string>> {
  if (byName) return byName;
  const index = new Map<string, Set<string>>();
  const add = (name: string, code: string) => {
    const key = nameKey(name);
    if (key) index.set(key, (index.get(key) ?? new Set()).add(code));
  };
  for (const row of COUNTRY_TABLE) {
    const code = row.slice(0, 2);
    for (const name of row.slice(5).split(';')) for (const form of namesOf(name)) add(form, code);
  }
  for (const [code, names] of Object.entries(ALIASES)) for (const name of names.split(';')) add(name, code);
  byName = index;
  return index;
}

/** The English short name of an alpha-2 code ("KE" → "Kenya"); undefined for an unknown code. */
export function findCountryName(code: string): string | undefined {
  const row = COUNTRY_TABLE.find((r) => r.startsWith(code.toUpperCase()) && code.length === 2);
  return row?.slice(5).split(';')[0];
}

/** True for an officially assigned alpha-2 code, in capitals. */
export const isCountryCode = (text: string): boolean => COUNTRY_CODES.includes(text);

/** The alpha-2 code for a code, alpha-3 code or English name; an issue when none or several fit. */
export function toCountryCode(input: string): Result<string> {
  const text = input.trim();
  const upper = text.toUpperCase();
  if (upper.length === 2 && isCountryCode(upper)) return ok(upper);
  if (upper.length === 3) {
    const row = COUNTRY_TABLE.find((r) => r.slice(2, 5) === upper);
    if (row) return ok(row.slice(0, 2));
  }
  const codes = [...(nameIndex().get(nameKey(text)) ?? [])].sort();
  if (codes.length === 1) return ok(codes[0] as string);
  if (codes.length > 1) {
    const choices = codes.map((code) => `${code} (${findCountryName(code)})`).join(' or ');
    return fail(`"${text}" could be ${choices}: type the two-letter code`);
  }
  return fail(
    `"${text}" is not a country code or name: use the ISO 3166-1 two-letter code, such as KE or US`,
  );
}

import type { SchemaNode } from './structured-data.ts';
import type { ExtractedField } from './types.ts';
import type { TextBlock } from './visible-text.ts';

const CC: Record<string, string> = {
  us: 'United States',
  uk: 'United Kingdom',
  gb: 'United Kingdom',
  ie: 'Ireland',
  ca: 'Canada',
  au: 'Australia',
  nz: 'New Zealand',
  de: 'Germany',
  at: 'Austria',
  ch: 'Switzerland',
  fr: 'France',
  be: 'Belgium',
  nl: 'Netherlands',
  lu: 'Luxembourg',
  es: 'Spain',
  pt: 'Portugal',
  it: 'Italy',
  gr: 'Greece',
  cz: 'Czech Republic',
  sk: 'Slovakia',
  pl: 'Poland',
  hu: 'Hungary',
  ro: 'Romania',
  bg: 'Bulgaria',
  hr: 'Croatia',
  si: 'Slovenia',
  rs: 'Serbia',
  ua: 'Ukraine',
  ru: 'Russia',
  'xn--p1ai': 'Russia',
  se: 'Sweden',
  no: 'Norway',
  dk: 'Denmark',
  fi: 'Finland',
  is: 'Iceland',
  ee: 'Estonia',
  lv: 'Latvia',
  lt: 'Lithuania',
  tr: 'Turkey',
  il: 'Israel',
  eg: 'Egypt',
  ma: 'Morocco',
  ng: 'Nigeria',
  gh: 'Ghana',
  ke: 'Kenya',
  ug: 'Uganda',
  tz: 'Tanzania',
  za: 'South Africa',
  et: 'Ethiopia',
  rw: 'Rwanda',
  sn: 'Senegal',
  in: 'India',
  pk: 'Pakistan',
  bd: 'Bangladesh',
  lk: 'Sri Lanka',
  np: 'Nepal',
  cn: 'China',
  jp: 'Japan',
  kr: 'South Korea',
  tw: 'Taiwan',
  hk: 'Hong Kong',
  sg: 'Singapore',
  my: 'Malaysia',
  id: 'Indonesia',
  ph: 'Philippines',
  th: 'Thailand',
  vn: 'Vietnam',
  br: 'Brazil',
  mx: 'Mexico',
  ar: 'Argentina',
  cl: 'Chile',
  co: 'Colombia',
  pe: 'Peru',
  ec: 'Ecuador',
  uy: 'Uruguay',
  bo: 'Bolivia',
  ve: 'Venezuela',
  cr: 'Costa Rica',
  gt: 'Guatemala',
};
/** Other names a page or a structured address uses for a country, lower-case, to its code. */
const OTHER_NAMES: Record<string, string> = {
  usa: 'US',
  'u.s.': 'US',
  'u.s.a.': 'US',
  'united states of america': 'US',
  america: 'US',
  gbr: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  deu: 'DE',
  deutschland: 'DE',
  österreich: 'AT',
  schweiz: 'CH',
  suisse: 'CH',
  svizzera: 'CH',
  belgique: 'BE',
  belgië: 'BE',
  belgien: 'BE',
  nederland: 'NL',
  'the netherlands': 'NL',
  españa: 'ES',
  italia: 'IT',
  polska: 'PL',
  czechia: 'CZ',
  'česká republika': 'CZ',
  'russian federation': 'RU',
  россия: 'RU',
  brasil: 'BR',
  méxico: 'MX',
  sverige: 'SE',
  norge: 'NO',
  danmark: 'DK',
  suomi: 'FI',
  türkiye: 'TR',
  'republic of korea': 'KR',
  'korea, republic of': 'KR',
  'viet nam': 'VN',
  'united republic of tanzania': 'TZ',
  "côte d'ivoire": 'CI',
  'ivory coast': 'CI',
};
/** Country names (English and local) to their ISO 3166-1 alpha-2 code. */
const BY_NAME: Map<string, string> = new Map([
  ...Object.entries(CC)
    .filter(([code]) => code.length === 2 && code !== 'uk')
    .map(([code, name]) => [name.toLowerCase(), code.toUpperCase()] as [string, string]),
  ...Object.entries(OTHER_NAMES),
]);
/** What makes a block read as a postal address: a postcode beside a place, a P.O. box, a street. */
const ADDRESS_CUE =
  /\b\d{4,6}\s+\p{Lu}|\p{Lu}\p{L}+,?\s+(?!(?:19|20)\d\d\b)\d{4,6}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\bP\.?\s?O\.?\s?Box\b|\bPostfach\b|\bB\.?P\.?\s\d+|\bApartado\b|\bCaixa Postal\b/u;
const STREET_WORD =
  /\b(?:street|road|avenue|place|square|straße|strasse|rue|calle|avenida|rua|laan|straat|plein)\b/i;
const STATED_IN =
  /\b(?:based|registered|headquartered|located|incorporated|founded|non-?profit|charity|ngo|organi[sz]ation|company|foundation|offices?)\s+in\s+((?:[\p{Lu}][\p{L}'’-]+,?\s?){1,4})/iu;
const CA_POSTAL = /\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\.?,?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/;
const UK_POSTAL = /,\s*(?:[A-Z][a-z]+\s)?[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/;
const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const US_STATE_NAMES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
const US_ADDRESS = new RegExp(String.raw`,\s*(?:${US_STATES}|${US_STATE_NAMES})\.?,?\s+\d{5}(?:-\d{4})?\b`);
const US_STATEMENT =
  /\b(?:(?:is|as) an? (?:US|U\.S\.|American)\s+(?:non-?profit|charity|charitable|organi[sz]ation|foundation|company)|(?:club|organi[sz]ation|society|foundation|association) in the United States)\b/;
const ELIGIBILITY =
  /\b(?:applicants?|eligib\w*|non-|outside|except|residents? of|citizens? of|students? (?:in|from))\b/i;

/**
 * The organisation's country as an ISO 3166-1 alpha-2 code: a structured address, a postal address on the
 * page (a US or Canadian address, a UK postcode, a country name closing an address block), a "based in …"
 * statement, else its domain. Phone prefixes are weighed by the caller, which has the phones.
 */
export function findCountry(
  org: SchemaNode | undefined,
  blocks: TextBlock[],
  hosts: string[],
): ExtractedField<string> | null {
  const structured = structuredCountry(org);
  if (structured) return { value: structured, source: org?.source ?? 'json-ld', confidence: 0.9 };
  const fromText = textCountry(blocks);
  if (fromText) return { value: fromText, source: 'text', confidence: 0.8 };
  for (const host of hosts) {
    const fromHost = countryOfHost(host);
    if (fromHost) return { value: fromHost, source: 'text', confidence: 0.6 };
  }
  return null;
}

function textCountry(blocks: TextBlock[]): string | undefined {
  let named: string | undefined;
  const limit = Math.min(blocks.length, 6000);
  for (let i = 0; i < limit; i++) {
    const text = (blocks[i] as TextBlock).text.slice(0, 1500);
    if (US_ADDRESS.test(text) || US_STATEMENT.test(text)) return 'US';
    if (CA_POSTAL.test(text)) return 'CA';
    const block = blocks[i] as TextBlock;
    if (named || block.heading > 0 || block.table || text.length > 400 || ELIGIBILITY.test(text)) continue;
    if (UK_POSTAL.test(text)) named = 'GB';
    else named = addressCountry(blocks, i, text) ?? statedCountry(text);
  }
  return named;
}

/** The country closing an address: at the end of an address block, or alone on the line after one. */
function addressCountry(blocks: TextBlock[], index: number, text: string): string | undefined {
  const code = nameAtEnd(text);
  if (!code) return undefined;
  if (isAddress(text)) return code;
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    if (isAddress((blocks[i] as TextBlock).text.slice(0, 400))) return code;
  }
  return undefined;
}

function isAddress(text: string): boolean {
  return ADDRESS_CUE.test(text) || STREET_WORD.test(text);
}

function statedCountry(text: string): string | undefined {
  const stated = text.match(STATED_IN)?.[1];
  if (!stated) return undefined;
  // "registered in Nairobi, Kenya": the country is the last name of the place.
  for (const part of stated.split(',').reverse()) {
    const code = nameAtEnd(part);
    if (code) return code;
  }
  return undefined;
}

/** The country named by the last one to four words of a line ("1210 Brussels, Belgium"). */
function nameAtEnd(text: string): string | undefined {
  const words = text
    .replace(/[\s.,;:)]+$/, '')
    .slice(-60)
    .split(/[\s,]+/);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const code = BY_NAME.get(words.slice(-n).join(' ').toLowerCase());
    if (code) return code;
  }
  return undefined;
}

/** The country a host name implies (ISO code): its country-code domain, US-only .gov/.edu/.mil, or a "usa" label. */
export function countryOfHost(host: string): string | undefined {
  const labels = host.toLowerCase().split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (tld === 'gov' || tld === 'edu' || tld === 'mil') return 'US';
  if (tld === 'xn--p1ai') return 'RU';
  if (tld === 'uk') return 'GB';
  if (CC[tld] && tld !== 'co' && tld !== 'io' && tld !== 'eu') return tld.toUpperCase();
  return labels.slice(0, -1).some((l) => /(?:^|-)usa?(?:$|-)/.test(l)) ? 'US' : undefined;
}

/** The ISO 3166-1 alpha-2 code of a code or a country name ("Kenya", "USA", "de"), if known. */
export function countryCode(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return trimmed.toLowerCase() === 'uk' ? 'GB' : trimmed.toUpperCase();
  return BY_NAME.get(trimmed.toLowerCase());
}

/** The English name of a country code this module knows, for display. */
export function countryName(code: string): string | undefined {
  return CC[code.toLowerCase()];
}

function structuredCountry(org: SchemaNode | undefined): string | undefined {
  const address = org?.props.address;
  const first = Array.isArray(address) ? address[0] : address;
  if (!first || typeof first !== 'object') return undefined;
  const country = (first as Record<string, unknown>).addressCountry;
  const value =
    typeof country === 'string' ? country : (country as Record<string, unknown> | undefined)?.name;
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const trimmed = value.trim();
  if (/^[A-Za-z]{3}$/.test(trimmed)) return OTHER_NAMES[trimmed.toLowerCase()] ?? trimmed.toUpperCase();
  return countryCode(trimmed) ?? trimmed;
}

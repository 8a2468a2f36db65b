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
/** Other spellings of the names above; the sheet and the labelled pages use one name per country. */
const NAME_ALIASES: Record<string, string> = {
  usa: 'United States',
  'u.s.': 'United States',
  'u.s.a.': 'United States',
  'united states of america': 'United States',
  gbr: 'United Kingdom',
  'great britain': 'United Kingdom',
  deu: 'Germany',
  czechia: 'Czech Republic',
  'russian federation': 'Russia',
};
const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const US_STATE_NAMES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
const US_ADDRESS = new RegExp(String.raw`,\s*(?:${US_STATES}|${US_STATE_NAMES})\.?,?\s+\d{5}(?:-\d{4})?\b`);
const US_STATEMENT =
  /\b(?:(?:is|as) an? (?:US|U\.S\.|American)\s+(?:non-?profit|charity|charitable|organi[sz]ation|foundation|company)|(?:club|organi[sz]ation|society|foundation|association) in the United States)\b/;

/** The organisation's country: structured address, a postal address, an "a US non-profit" statement, or its domain. */
export function findCountry(
  org: SchemaNode | undefined,
  blocks: TextBlock[],
  hosts: string[],
): ExtractedField<string> | null {
  const structured = structuredCountry(org);
  if (structured) return { value: structured, source: org?.source ?? 'json-ld', confidence: 0.9 };
  for (const block of blocks.slice(0, 6000)) {
    const text = block.text.slice(0, 1500);
    if (US_ADDRESS.test(text) || US_STATEMENT.test(text))
      return { value: 'United States', source: 'text', confidence: 0.8 };
  }
  for (const host of hosts) {
    const fromHost = countryOfHost(host);
    if (fromHost) return { value: fromHost, source: 'text', confidence: 0.6 };
  }
  return null;
}

/** The country a host name implies: its country-code domain, US-only .gov/.edu/.mil, or a "usa" label. */
export function countryOfHost(host: string): string | undefined {
  const labels = host.toLowerCase().split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (tld === 'gov' || tld === 'edu' || tld === 'mil') return 'United States';
  if (CC[tld] && tld !== 'co' && tld !== 'io') return CC[tld];
  return labels.slice(0, -1).some((l) => /(?:^|-)usa?(?:$|-)/.test(l)) ? 'United States' : undefined;
}

/** ISO 3166 alpha-2 code for a country name this module produces, for phone parsing. */
export function countryCode(name: string | undefined): string | undefined {
  if (!name) return undefined;
  if (name === 'United States') return 'US';
  if (name === 'United Kingdom') return 'GB';
  const entry = Object.entries(CC).find(([code, value]) => value === name && code.length === 2);
  return entry?.[0].toUpperCase();
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
  if (trimmed.length === 2) return CC[trimmed.toLowerCase()] ?? trimmed.toUpperCase();
  return NAME_ALIASES[trimmed.toLowerCase()] ?? trimmed;
}

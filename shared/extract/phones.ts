import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { LIMITS } from './limits.ts';
import type { ExtractedField } from './types.ts';
import { registrableDomain } from './url-utils.ts';
import type { PageText, TextBlock } from './visible-text.ts';

const NANP = /(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/g;
/** A number in national format with its trunk 0 ("0161 496 0123", "01 45 67 89 10"), checked against the page's country. */
const NATIONAL = /(?<![\d+])0\d{1,4}(?:[\s.-]\d{2,4}){2,4}\b/g;
const VANITY =
  /(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])(?=[A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9]{3}-?[A-Za-z0-9]{4}\b/g;
const INTERNATIONAL = /(?:\+|\(\+)\d{1,3}\)?(?:[\s.\-/]?\(?\d{1,5}\)?){2,6}/g;
const LABELLED =
  /\b(?:tel(?:efon|ephone|éfono|éphone|efone)?|tél(?:éphone)?|phone|fon|call(?: us)?(?: (?:at|on))?|ph|t|mobile|mob|cell|whatsapp|handy|celular|móvil|portable|llame al|llamar al|appelez(?:-nous)?(?: au| le)?|ligue(?: para)?|bel|chiami(?: il)?)\.?\s*:?\s*((?:\(?\d[\d\s()./-]{5,20}\d))/gi;
const FAX_BEFORE = /(?:fax|telefax|télécopie)[\s.:]*$/i;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/;
/**
 * A named body just before a number ("the HHS Office for Civil Rights … call", "Kids Help Phone at",
 * "Tana Valley Development Agency (") or a helpline cue: the number is someone else's.
 */
const OTHER_BODY =
  /\b(?:[\p{Lu}][\p{L}\d'’&.-]*\s+){1,6}(?:Office|Agency|Board|Department|Ministry|Commission|Council|Authority|Bureau|Desk|Phone|Helpline|Hotline|Line|Cross|Centre|Center|Unit|Police|Ombudsman|Regulator)\b/u;
const HELPLINE =
  /\b(?:help ?line|hot ?line|crisis|free line|free of charge|toll-?free|emergenc(?:y|ies)|line is available)\b/i;
const OWN_WORDS = /\b(?:our|us|we)\b/i;
/** Another site's domain named near a number; the country-code ending is kept ("maraberto.org.br" is one domain). */
const THIRD_PARTY_DOMAIN = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|com|org|net|edu|int)(?:\.[a-z]{2})?\b/gi;
const KEYPAD: Record<string, string> = {
  A: '2',
  B: '2',
  C: '2',
  D: '3',
  E: '3',
  F: '3',
  G: '4',
  H: '4',
  I: '4',
  J: '5',
  K: '5',
  L: '5',
  M: '6',
  N: '6',
  O: '6',
  P: '7',
  Q: '7',
  R: '7',
  S: '7',
  T: '8',
  U: '8',
  V: '8',
  W: '9',
  X: '9',
  Y: '9',
  Z: '9',
};

interface PhoneHit {
  shown: string;
  digits: string;
  link: boolean;
}

/** Finds the phone numbers a page gives for its organisation: structured ones first, tel: links, numbers in the text. */
export function findPhones(
  text: PageText,
  country: CountryCode,
  ownDomains: string[],
  structured: ExtractedField<string>[] = [],
  ownName = '',
): ExtractedField<string>[] {
  const own = structured.flatMap((f) => {
    const hit = validate(f.value, country, true);
    return hit ? [{ field: { ...f, value: hit.shown }, digits: hit.digits }] : [];
  });
  const ownDigits = new Set(own.map((o) => o.digits));
  const found = textPhones(text, country, ownDomains, ownName).filter((hit) => !ownDigits.has(hit.digits));
  return [...new Map(own.map((o) => [o.digits, o.field])).values(), ...found.map((hit) => hit.field)];
}

function textPhones(
  text: PageText,
  country: CountryCode,
  ownDomains: string[],
  ownName: string,
): { field: ExtractedField<string>; digits: string }[] {
  const hits = [...phonesFromLinks(text, country), ...phonesFromText(text, country, ownDomains, ownName)];
  const unique = new Map<string, PhoneHit>();
  for (const hit of hits) {
    const known = unique.get(hit.digits);
    if (!known) unique.set(hit.digits, hit);
    else known.link = known.link || hit.link;
  }
  return [...unique.values()].map((hit) => ({
    field: { value: hit.shown, source: 'text', confidence: hit.link ? 0.9 : 0.7 },
    digits: hit.digits,
  }));
}

function phonesFromLinks(text: PageText, country: CountryCode): PhoneHit[] {
  const out: PhoneHit[] = [];
  for (const link of text.links) {
    if (!/^tel:/i.test(link.href)) continue;
    const hit = validate(link.text, country, true) ?? validate(link.href.slice(4), country, true);
    if (hit) out.push(hit);
  }
  return out;
}

function phonesFromText(
  text: PageText,
  country: CountryCode,
  ownDomains: string[],
  ownName: string,
): PhoneHit[] {
  const out: PhoneHit[] = [];
  const blocks = text.blocks.slice(0, LIMITS.scanBlocks);
  for (const block of blocks) {
    if (!/\d{3}|\d\d[\s.-]\d\d[\s.-]\d\d/.test(block.text) || isThirdParty(block, text.blocks, ownDomains))
      continue;
    const line = block.text.slice(0, 3000);
    const patterns =
      country === 'US' || country === 'CA'
        ? [NANP, INTERNATIONAL, VANITY]
        : [NANP, INTERNATIONAL, VANITY, NATIONAL];
    for (const pattern of patterns) {
      for (const m of line.matchAll(pattern)) {
        if (FAX_BEFORE.test(line.slice(Math.max(0, (m.index ?? 0) - 14), m.index))) continue;
        if (/[\w$€£]/.test(line.charAt((m.index ?? 0) - 1))) continue;
        if (someoneElses(line, m.index ?? 0, ownName)) continue;
        const hit = validate(m[0], country, false);
        if (hit) out.push(hit);
      }
    }
    for (const m of line.matchAll(LABELLED)) {
      if (someoneElses(line, m.index ?? 0, ownName)) continue;
      const hit = validate(m[1] ?? '', country, false);
      if (hit && !FAX_BEFORE.test(m[0])) out.push(hit);
    }
  }
  return out;
}

/** True when the clause before a number names another body or a helpline, not the page's organisation. */
function someoneElses(line: string, at: number, ownName: string): boolean {
  const before = line.slice(Math.max(0, at - 200), at);
  const sentence = before.split(/[.;!?](?:\s|$)/).pop() ?? before;
  const since = sentence.split(/\d{3}[\s.-]\d{4}\b\)?/).pop() ?? sentence;
  // "… call 1-800-368-1019 or TDD 1-800-537-7697": a number that only continues the one before shares its owner.
  const clause = /^[\s,]*(?:(?:or|and|oder|ou|o)\s+)?(?:(?:TDD|TTY|fax|text)\b)?[\s:]*$/i.test(since)
    ? sentence
    : since;
  if (OWN_WORDS.test(clause)) return false;
  const body = clause.match(OTHER_BODY)?.[0];
  if (body && !ownName.includes(body.trim())) return true;
  return HELPLINE.test(clause);
}

/**
 * The country the organisation's own numbers dial into, when they are written with their international
 * prefix ("+254 20 …", "0032 2 …") and agree: a stronger sign than the domain.
 */
export function countryOfPhones(phones: ExtractedField<string>[]): ExtractedField<string> | null {
  const codes = new Set<string>();
  for (const phone of phones.slice(0, 10)) {
    const written = phone.value.replace(/^\(\+/, '+').replace(/^00/, '+');
    if (!written.startsWith('+')) continue;
    const country = parsePhoneNumberFromString(written)?.country;
    if (country) codes.add(country);
  }
  const [only] = codes;
  return codes.size === 1 && only ? { value: only, source: 'text', confidence: 0.7 } : null;
}

function validate(raw: string, country: CountryCode, link: boolean): PhoneHit | undefined {
  const shown = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]$/, '');
  if (shown.length < 7 || shown.length > 30 || DATE_LIKE.test(shown)) return undefined;
  const dialled = shown.replace(/[A-Za-z]/g, (c) => KEYPAD[c.toUpperCase()] ?? '');
  const digits = dialled.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15 || /^(19|20)\d\d(19|20)\d\d$/.test(digits)) return undefined;
  const parsed = parsePhoneNumberFromString(dialled.replace(/^\(\+/, '+').replace(/^00/, '+'), country);
  if (!parsed?.isValid()) return undefined;
  const display = /[A-Za-z]/.test(shown) ? vanityDisplay(shown, dialled) : shown;
  return { shown: display, digits: parsed.number.replace(/\D/g, ''), link };
}

function vanityDisplay(shown: string, dialled: string): string {
  const digits = dialled.replace(/\D/g, '');
  const local = digits.slice(-10);
  return /^\(/.test(shown)
    ? `(${local.slice(0, 3)}) ${local.slice(3, 6)}-${local.slice(6)}`
    : `${local.slice(0, 3)}-${local.slice(3, 6)}-${local.slice(6)}`;
}

function isThirdParty(block: TextBlock, blocks: TextBlock[], ownDomains: string[]): boolean {
  if (ownDomains.length === 0) return false;
  const heading = block.section >= 0 ? (blocks[block.section]?.text ?? '') : '';
  const context = `${heading} ${block.text.slice(0, 1000)}`;
  for (const m of context.matchAll(THIRD_PARTY_DOMAIN)) {
    if (!ownDomains.includes(registrableDomain(m[0]))) return true;
  }
  return false;
}

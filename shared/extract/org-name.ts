import { expandAcronym, findAcronyms, isAcronymOf } from './acronyms.ts';
import { copyrightHolder, logoTexts, TITLE_SEPARATOR, titleSiteSegments } from './name-candidates.ts';
import type { PageContext } from './page-context.ts';
import { propText, type SchemaNode } from './structured-data.ts';
import { cleanText, normalizeName } from './text-utils.ts';
import type { ExtractedField, FieldSource } from './types.ts';
import { registrableDomain } from './url-utils.ts';

interface Candidate {
  value: string;
  weight: number;
  source: FieldSource;
}

const GENERIC =
  /^(?:home|homepage|start|startseite|inicio|accueil|contact(?: us)?|menu|search|logo|skip to content|untitled|index|welcome|page not found|main|news|blog)$/i;
/** The page's organisation: structured data, site name, title, copyright line and logo, by agreement. */
export function findOrganizationName(
  page: PageContext,
  org: SchemaNode | undefined,
  profile: boolean,
): ExtractedField<string> | null {
  const acronyms = findAcronyms(page.text.blocks);
  const candidates = collectCandidates(page, org, profile, acronyms);
  const best = pickBest(candidates);
  if (!best) return null;
  const value = fullName(best.value, page, acronyms, candidates);
  return { value, source: best.source, confidence: Math.min(0.95, 0.4 + best.weight / 10) };
}

type Acronyms = ReturnType<typeof findAcronyms>;

function collectCandidates(
  page: PageContext,
  org: SchemaNode | undefined,
  profile: boolean,
  acronyms: Acronyms,
): Candidate[] {
  const out: Candidate[] = [];
  const add = (value: string | undefined, weight: number, source: FieldSource) => {
    const clean = cleanName(value ?? '');
    if (clean) out.push({ value: clean, weight, source });
  };
  if (profile) add(firstHeading(page), 8, 'text');
  if (org) add(propText(org, 'name'), 4, org.source);
  add(page.meta.tags.get('og:site_name'), 3, 'meta');
  for (const segment of titleSiteSegments(page)) add(segment.value, segment.weight, 'meta');
  add(copyrightHolder(page), 1.5, 'text');
  for (const logo of logoTexts(page)) add(logo, 1.5, 'text');
  for (const expansion of domainAcronyms(page, acronyms)) add(expansion, 3, 'text');
  return out;
}

function cleanName(raw: string): string | undefined {
  const value = cleanText(raw)
    .replace(/^(?:welcome to|willkommen (?:bei|beim)|bienvenue (?:à|chez)|bienvenido a)\s+/i, '')
    .replace(/\s*[-|–]\s*(?:home|homepage|official (?:web)?site|startseite)$/i, '')
    .replace(/\s+logo$/i, '')
    .replace(/^[\s,.;:]+|[\s,;:]+$/g, '');
  if (value.length < 2 || value.length > 90 || GENERIC.test(value) || !/\p{L}/u.test(value)) return undefined;
  if (value.split(' ').length > 10) return undefined;
  return value;
}

function firstHeading(page: PageContext): string | undefined {
  const h1 = page.text.blocks.find((b) => b.heading === 1 && !b.chrome);
  return h1?.text.replace(/\s*\([^)]*\)\s*$/, '');
}

/** Expansions of defined acronyms that match the site's or the e-mails' domain, e.g. "ARDC" on ardc.net. */
function domainAcronyms(page: PageContext, acronyms: Acronyms): string[] {
  const labels = new Set<string>();
  if (page.url) labels.add(registrableDomain(page.url.hostname).split('.')[0] ?? '');
  for (const link of page.text.links) {
    if (/^mailto:/i.test(link.href))
      labels.add(registrableDomain(link.href.split('@')[1]?.split('?')[0] ?? '').split('.')[0] ?? '');
  }
  labels.delete('');
  const out: string[] = [];
  for (const [acronym, entry] of acronyms) {
    const key = acronym.toLowerCase().replace(/[^a-z0-9]/g, '');
    if ([...labels].some((label) => label.replace(/[^a-z0-9]/g, '').startsWith(key) && key.length >= 3))
      out.push(entry.expansion);
  }
  if (out.length > 0) return out;
  for (const label of labels) {
    const expansion =
      label.length >= 3 && label.length <= 8
        ? expandAcronym(label.toUpperCase(), page.text.blocks)
        : undefined;
    if (expansion) out.push(`${expansion} (${label.toUpperCase()})`);
  }
  return out;
}

function agrees(a: string, b: string): boolean {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (x === y) return true;
  if (isAcronymOf(a, b) && /^[A-Z0-9&-]{2,10}$/.test(a)) return true;
  if (isAcronymOf(b, a) && /^[A-Z0-9&-]{2,10}$/.test(b)) return true;
  const xs = x.split(' ');
  const ys = new Set(y.split(' '));
  return xs.length <= ys.size && xs.every((w) => ys.has(w));
}

function pickBest(candidates: Candidate[]): Candidate | undefined {
  let best: { candidate: Candidate; score: number } | undefined;
  for (const candidate of candidates) {
    let score = 0;
    for (const other of candidates)
      if (agrees(candidate.value, other.value) || agrees(other.value, candidate.value)) score += other.weight;
    const better =
      !best ||
      score > best.score + 1e-9 ||
      (Math.abs(score - best.score) < 1e-9 && candidate.weight > best.candidate.weight) ||
      (Math.abs(score - best.score) < 1e-9 &&
        candidate.weight === best.candidate.weight &&
        candidate.value.length < best.candidate.value.length);
    if (better) best = { candidate, score };
  }
  return best && best.score > 0.4 ? { ...best.candidate, weight: best.score } : undefined;
}

const ACRONYM = /^[A-Z][A-Z0-9&-]{1,9}$/;
/** Region words a company or network adds to its name for one market: "Yaesu USA", "Oxfam International". */
const REGION = 'USA|US|UK|Europe|International|America|Canada|Australia|Africa|Asia|India|Global';

/**
 * The organisation's full name, without a trailing acronym: "Amateur Radio Digital Communications" for
 * "ARDC" or "… Communications (ARDC)"; a bare acronym the page writes under its parent ("IEEE MTT-S")
 * or with its market ("Yaesu USA") gets that word back.
 */
function fullName(name: string, page: PageContext, acronyms: Acronyms, candidates: Candidate[]): string {
  const trailing = name.match(/^(.{4,}?)\s*\(([A-Z][A-Za-z0-9&-]{1,9})\)$/);
  if (trailing?.[1] && /\s/.test(trailing[1])) return trailing[1];
  const dashed = name.match(/^(.{4,}?)\s+[-–]\s+([A-Z][A-Z0-9&-]{1,9})$/);
  if (dashed && isAcronymOf(dashed[2] ?? '', dashed[1] ?? '')) return dashed[1] ?? name;
  if (ACRONYM.test(name)) {
    const expansion =
      acronyms.get(name)?.expansion ??
      titleExpansion(page, name) ??
      candidates
        .map((c) => c.value.replace(/\s*\([^)]*\)$/, ''))
        .find((v) => v !== name && isAcronymOf(name, v));
    if (expansion) return expansion;
    const parent = parentPrefix(page, name);
    if (parent) return `${parent} ${name}`;
  }
  return withRegion(page, name);
}

/** "IEEE MTT-S": the acronym written after its parent's, when the parent holds the site's copyright. */
function parentPrefix(page: PageContext, name: string): string | undefined {
  const holder = normalizeName(copyrightHolder(page) ?? '');
  if (!holder) return undefined;
  const pattern = new RegExp(String.raw`\b([A-Z][A-Z0-9&]{1,7})\s+${escapeRegExp(name)}(?![\w-])`);
  for (const block of page.text.blocks.slice(0, 3000)) {
    const prefix = block.text.slice(0, 2000).match(pattern)?.[1];
    if (prefix && normalizeName(prefix) === holder) return prefix;
  }
  return undefined;
}

/** "Yaesu USA": the name with its market word, when the main heading or a sentence's subject says so. */
function withRegion(page: PageContext, name: string): string {
  if (name.length > 40) return name;
  const pattern = new RegExp(String.raw`^${escapeRegExp(name)}\s+(${REGION})\b`);
  let seen = 0;
  let region: string | undefined;
  for (const block of page.text.blocks.slice(0, 400)) {
    if (block.chrome || block.footer) continue;
    const m = block.text.match(pattern);
    if (!m?.[1] || (region && m[1] !== region)) continue;
    region = m[1];
    seen++;
  }
  return region && seen >= 2 ? `${name} ${region}` : name;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function titleExpansion(page: PageContext, name: string): string | undefined {
  const segments = page.meta.title.split(TITLE_SEPARATOR).map((s) => s.trim());
  return segments.find((segment) => segment !== name && isAcronymOf(name, segment));
}

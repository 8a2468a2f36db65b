import { expandAcronym, findAcronyms, isAcronymOf } from './acronyms.ts';
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
const TITLE_SEPARATOR = /\s+[|–—·•»:-]\s+|\s*[|–—·•»]\s*/;
const COPYRIGHT =
  /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?([^|•\n]{2,90}?)\s*(?:[.|•]|\s-\s|,?\s*all rights|,?\s*alle rechte|,?\s*todos los derechos|,?\s*tous droits|$)/i;

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
  const value = withAcronym(best.value, page, acronyms);
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

/** Title segments that are not the page's own heading: usually the site name. */
function titleSiteSegments(page: PageContext): { value: string; weight: number }[] {
  const segments = page.meta.title
    .split(TITLE_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
  const headings = new Set(
    page.text.blocks
      .filter((b) => b.heading === 1)
      .slice(0, 5)
      .map((b) => normalizeName(b.text)),
  );
  const ogTitle = normalizeName(page.meta.tags.get('og:title') ?? '');
  if (segments.length < 2) {
    const anyHeading = new Set(
      page.text.blocks
        .filter((b) => b.heading > 0)
        .slice(0, 40)
        .map((b) => normalizeName(b.text)),
    );
    return segments
      .filter((value) => !anyHeading.has(normalizeName(value)))
      .map((value) => ({ value, weight: 0.5 }));
  }
  return segments
    .map((value, i) => ({ value, weight: i === segments.length - 1 ? 1.5 : i === 0 ? 0.6 : 0.8 }))
    .filter((s) => !headings.has(normalizeName(s.value)) && normalizeName(s.value) !== ogTitle);
}

function copyrightHolder(page: PageContext): string | undefined {
  const blocks = page.text.blocks;
  for (let i = blocks.length - 1; i >= 0 && i >= blocks.length - 60; i--) {
    const block = blocks[i];
    if (!block || !/©|\(c\)|copyright/i.test(block.text)) continue;
    const holder = block.text.slice(0, 400).match(COPYRIGHT)?.[1];
    if (holder && /\p{L}{2}/u.test(holder)) return holder.replace(/^the\s+/i, 'The ');
  }
  return undefined;
}

function logoTexts(page: PageContext): string[] {
  const out: string[] = [];
  const els = page.doc.querySelectorAll(
    '[class*="site-title"],[class*="site-name"],[id*="site-title"],[id*="site-name"],[class*="logo"] img[alt],a[rel="home"]',
  );
  for (let i = 0; i < els.length && i < 6; i++) {
    const el = els[i];
    if (!el) continue;
    const text = el.tagName === 'IMG' ? el.getAttribute('alt') : el.textContent;
    if (text && text.length < 120 && !/logo|^[a-z0-9_-]+$/i.test(text.trim())) out.push(text);
  }
  return out;
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

function withAcronym(name: string, page: PageContext, acronyms: Acronyms): string {
  if (/\([A-Z][A-Za-z0-9&-]{1,9}\)$/.test(name)) return name;
  const dashed = name.match(/^(.{4,}?)\s+[-–]\s+([A-Z][A-Z0-9&-]{1,9})$/);
  if (dashed && isAcronymOf(dashed[2] ?? '', dashed[1] ?? '')) return `${dashed[1]} (${dashed[2]})`;
  const asAcronym = acronyms.get(name);
  if (asAcronym) return `${asAcronym.expansion} (${name})`;
  for (const [acronym, entry] of acronyms) {
    if (normalizeName(entry.expansion) === normalizeName(name)) return `${name} (${acronym})`;
  }
  const pair = titleAcronymPair(page, name);
  return pair ?? name;
}

function titleAcronymPair(page: PageContext, name: string): string | undefined {
  const segments = page.meta.title.split(TITLE_SEPARATOR).map((s) => s.trim());
  for (const segment of segments) {
    if (segment === name) continue;
    if (/^[A-Z][A-Z0-9&-]{1,9}$/.test(segment) && isAcronymOf(segment, name)) return `${name} (${segment})`;
    if (/^[A-Z][A-Z0-9&-]{1,9}$/.test(name) && isAcronymOf(name, segment)) return `${segment} (${name})`;
  }
  return undefined;
}

import { areasInSentences } from './focus-sentences.ts';
import type { PageMeta } from './meta.ts';
import type { SchemaNode } from './structured-data.ts';
import { cleanText } from './text-utils.ts';
import type { ExtractedField, FieldSource } from './types.ts';
import type { TextBlock } from './visible-text.ts';

const HEADING =
  /\b(?:(?:our )?program(?:me)?s|program(?:me)? areas|focus(?: areas)?|priorit(?:y|ies)(?: areas)?|what we (?:fund|do|support)|areas of (?:work|focus|interest)|grantmaking categories|categories|themes|topics|issues|schwerpunkte|förderschwerpunkte|themen|áreas|ejes|thématiques|domaines)\b/i;
/** Lines under a heading that are links, contact details or questions rather than areas. */
const NOT_AN_AREA =
  /[@?,]|\d{3}|^(?:learn|read|find out|more|see|view|check|contact|click|download|follow|visit|explore)\b/i;
const MAX_AREAS = 8;
/** A sentence about the list rather than an entry of it: "We fund work in …", "Our grants support …". */
const LEAD_IN = /^(?:we|our|the (?:foundation|fund|trust|program(?:me)?)|these|this|in \d{4})\b.{12,}/i;
/** Menu words, verbs and slogans that sit under a "Programs"-like heading without being a field of work. */
const JUNK =
  /^(?:grants?|funding|fund|programs?|programmes?|apply(?: now)?|donate|give|sell|buy|shop|store|home|about(?: us)?|news|events?|contact(?: us)?|log ?in|sign ?in|more|see all|view all|jobs|careers|press|media|blog|resources|faqs?|search|overview|menu|a place to belong|place to belong|get involved|join(?: us)?|support us|subscribe|newsletter|partners?|members?|team|staff|board|reports?|annual reports?|stories)$/i;

function isJunk(text: string): boolean {
  return JUNK.test(text.trim());
}

/**
 * Focus areas: the organisation's structured `knowsAbout`/`keywords` and the areas a sentence lists
 * ("our focus areas are …"); failing those, short entries under a "Programs"-like heading, else the
 * page's keywords meta tag. Conservative and capped at eight.
 */
export function findFocusAreas(
  blocks: TextBlock[],
  meta: PageMeta,
  org?: SchemaNode,
): ExtractedField<string>[] {
  const areas = [
    ...structuredAreas(org).map((value) => field(value, org?.source ?? 'json-ld', 0.7)),
    ...areasInSentences(blocks, MAX_AREAS).map((value) => field(value, 'text', 0.6)),
  ];
  if (areas.length === 0) areas.push(...areasUnderHeading(blocks).map((value) => field(value, 'text', 0.5)));
  if (areas.length === 0)
    areas.push(...listed(meta.tags.get('keywords') ?? '').map((v) => field(v, 'meta', 0.35)));
  const seen = new Set<string>();
  return areas
    .filter((a) => !isJunk(a.value))
    .filter((a) => !seen.has(a.value.toLowerCase()) && seen.add(a.value.toLowerCase()))
    .slice(0, MAX_AREAS);
}

function field(value: string, source: FieldSource, confidence: number): ExtractedField<string> {
  return { value, source, confidence };
}

function structuredAreas(org: SchemaNode | undefined): string[] {
  if (!org) return [];
  const values = [org.props.knowsAbout, org.props.keywords].flatMap((raw) =>
    (Array.isArray(raw) ? raw.slice(0, 30) : [raw]).map((v) =>
      v && typeof v === 'object' ? (v as Record<string, unknown>).name : v,
    ),
  );
  return values.flatMap((v) => (typeof v === 'string' ? listed(v, 1) : []));
}

/** Comma- or semicolon-separated terms; fewer than `min` reads as a phrase, not a list. */
function listed(value: string, min = 2): string[] {
  const terms = value
    .split(/[,;]/)
    .map(cleanText)
    .filter((k) => k.length > 2 && k.length < 60);
  return terms.length >= min ? terms.slice(0, MAX_AREAS) : [];
}

/** Entries under a "Programs"-like heading; the deepest such heading wins, being the most specific. */
function areasUnderHeading(blocks: TextBlock[]): string[] {
  let best: string[] = [];
  let bestLevel = 0;
  for (let i = 0; i < blocks.length && i < 3000; i++) {
    const block = blocks[i] as TextBlock;
    if (block.heading <= bestLevel || block.chrome || block.footer || block.text.length > 60) continue;
    if (!HEADING.test(block.text)) continue;
    const areas = entriesAfter(blocks, i);
    if (areas.length >= 2) {
      best = areas;
      bestLevel = block.heading;
    }
  }
  return best;
}

function entriesAfter(blocks: TextBlock[], at: number): string[] {
  const level = (blocks[at] as TextBlock).heading;
  const areas: string[] = [];
  for (const next of blocks.slice(at + 1, at + 30)) {
    if ((next.heading > 0 && next.heading <= level) || next.chrome || next.footer) break;
    // "We fund work in three areas:" introduces the list; it is not one of its entries.
    if (/:\s*$/.test(next.text) || LEAD_IN.test(next.text)) continue;
    const text = next.text.replace(/[,.;:]+$/, '').replace(/^(?:and|und|et|y|e)\s+/i, '');
    if (
      text.length >= 3 &&
      text.length <= 50 &&
      !/[.!?]\s/.test(text) &&
      !NOT_AN_AREA.test(text) &&
      !isJunk(text)
    )
      areas.push(text);
    if (areas.length >= MAX_AREAS) break;
  }
  return areas;
}

import type { PageContext } from './page-context.ts';
import type { ExtractedField, PageKind } from './types.ts';

/** Words that name a funding opportunity, in the languages the Clipper's users read. */
export const OPPORTUNITY_WORDS =
  /\b(?:grants?|scholarships?|fellowships?|funding|bursar(?:y|ies)|prizes?|awards?|apply|applications?|proposals?|call for|calls? for (?:proposals|applications)|nofo|rfp|rfa|programs?|programmes?|förder\w*|ausschreibung\w*|stipendi\w*|becas?|convocatorias?|subvenci\w+|ayudas?|appels? à (?:projets|candidatures)|bourses?|subventions?|editais|edital|bolsas?|financiamento|конкурс\w*|грант\w*|dotac\w*)\b/i;
const ORGANIZATION_WORDS = /\b(?:contact(?: us)?|about(?: us)?|who we are|our team|home|kontakt|impressum|über uns|contacto|quiénes somos|nous contacter|à propos|sobre nós|fale conosco)\b/i;
const BODY_WORDS = /\b(?:eligib\w+|who can apply|deadline|apply|applications?|applicants?|proposals?|awards?|grants?|funding|scholarships?|förder\w*|antrag\w*|solicitud\w*|candidatur\w*|inscri\w+)\b/gi;

/** Signals from other extractors that bear on the page kind. */
export interface KindSignals {
  structuredGrant: boolean;
  listingCoverage: number;
  listingSize: number;
  awardAmounts: boolean;
  deadline: boolean;
}

/** Decides whether a page is a directory, a funding opportunity or an organisation page. */
export function decideKind(page: PageContext, signals: KindSignals): ExtractedField<PageKind> {
  const minCoverage = signals.listingSize >= 8 ? 0.35 : 0.45;
  if (signals.listingSize >= 3 && signals.listingCoverage >= minCoverage) {
    return { value: 'directory', source: 'text', confidence: Math.min(0.9, 0.5 + signals.listingCoverage / 2) };
  }
  if (signals.structuredGrant) return { value: 'opportunity', source: 'json-ld', confidence: 0.9 };
  const score = opportunityScore(page, signals);
  if (score >= 3) return { value: 'opportunity', source: 'text', confidence: Math.min(0.9, 0.4 + score / 10) };
  return { value: 'organization', source: 'text', confidence: Math.min(0.9, 0.5 + (3 - score) / 10) };
}

function opportunityScore(page: PageContext, signals: KindSignals): number {
  const headings = page.text.blocks.filter((b) => b.heading > 0 && b.heading <= 2 && !b.chrome && !b.footer).slice(0, 4);
  const titles = [page.meta.title, page.meta.tags.get('og:title') ?? '', ...headings.map((b) => b.text), page.url?.pathname.replace(/[-_/]+/g, ' ') ?? ''];
  let score = 0;
  for (const title of titles) if (OPPORTUNITY_WORDS.test(title)) score += 1.5;
  score = Math.min(score, 4);
  if (titles.slice(0, 3).some((t) => ORGANIZATION_WORDS.test(t))) score -= 2;
  const body = bodyWordCount(page);
  if (body >= 4) score += 1;
  if (body >= 10) score += 1;
  if (signals.awardAmounts) score += 1;
  if (signals.deadline) score += 1;
  return score;
}

function bodyWordCount(page: PageContext): number {
  let count = 0;
  for (const block of page.text.blocks) {
    if (block.chrome || block.footer) continue;
    count += block.text.slice(0, 2000).match(BODY_WORDS)?.length ?? 0;
    if (count > 50) break;
  }
  return count;
}

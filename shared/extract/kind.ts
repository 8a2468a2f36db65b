import type { PageContext } from './page-context.ts';
import type { ExtractedField, PageKind } from './types.ts';

/** Words that name a funding opportunity, in the languages the Clipper's users read. */
export const OPPORTUNITY_WORDS =
  /(?<![\p{L}\p{N}])(?:grants?|scholarships?|fellowships?|funding|bursar(?:y|ies)|prizes?|awards?|apply|applications?|proposals?|call for|calls? for (?:proposals|applications)|nofo|rfp|rfa|programs?|programmes?|förder\w*|ausschreibung\w*|stipendi\w*|becas?|convocatorias?|subvenci\w+|ayudas?|appels? à (?:projets|candidatures)|bourses?|subventions?|editais|edital|bolsas?|financiamento|bandi|bando|contribut[oi]|finanziament[oi]|sovvenzion\p{L}*|subsidie\p{L}*|aanvra\p{L}*|oproep|конкурс\p{L}*|грант\p{L}*|dotac\p{L}*|dotační)(?![\p{L}\p{N}])/iu;
const ORGANIZATION_WORDS =
  /\b(?:contact(?: us)?|about(?: us)?|who we are|our team|home|kontakt|impressum|über uns|contacto|quiénes somos|nous contacter|à propos|sobre nós|fale conosco|chi siamo|contatti|over ons)\b/i;
const APPLY_HEADING =
  /\b(?:how to apply|apply now|application process|applying|who can apply|eligibility|eligible applicants|wie (?:sie sich )?bewerben|antragstellung|cómo (?:solicitar|postular)|comment (?:postuler|candidater)|como (?:se inscrever|candidatar)|come partecipare|come presentare domanda|hoe (?:vraag ik aan|aanvragen))\b/i;
const CONTACT_WORDS = /\b(?:contact(?: us)?|kontakt|contacto|contactez|fale conosco|impressum)\b/i;
/** Headings of a page that lists organisations: "Our partners", "Member directory", "2025 grantees". */
const DIRECTORY_WORDS =
  /\b(?:partners|members|directory|grantees|grant recipients|organi[sz]ations|funders|mitglieder|partenaires|socios|parceiros)\b/i;
const BODY_WORDS =
  /\b(?:eligib\w+|who can apply|deadline|apply|applications?|applicants?|proposals?|awards?|grants?|funding|scholarships?|opportunit(?:y|ies)|förder\w*|antrag\w*|solicitud\w*|candidatur\w*|inscri\w+|domand[ae]|scadenza|contribut[oi]|aanvra\w*|subsidie\w*|sluitingsdatum)\b/gi;

/** Signals from other extractors that bear on the page kind. */
export interface KindSignals {
  /** Where the page's schema.org Grant or FundingScheme was read from, if it has one. */
  structuredGrant: 'json-ld' | 'microdata' | undefined;
  /** Entries of a schema.org ItemList of organisations or opportunities. */
  structuredListing: number;
  structuredListingSource: 'json-ld' | 'microdata';
  listingCoverage: number;
  listingSize: number;
  /** Share of the listing's entries that link to other sites. */
  listingExternal: number;
  awardAmounts: boolean;
  deadline: boolean;
}

/** Decides whether a page is a directory, a funding opportunity or an organisation page. */
export function decideKind(page: PageContext, signals: KindSignals): ExtractedField<PageKind> {
  if (signals.structuredListing >= 3)
    return { value: 'directory', source: signals.structuredListingSource, confidence: 0.85 };
  const contactPage = [page.meta.title, ...mainHeadings(page).map((b) => b.text)].some((t) =>
    CONTACT_WORDS.test(t),
  );
  if (signals.listingSize >= 3 && signals.listingCoverage >= minCoverage(page, signals) && !contactPage) {
    return {
      value: 'directory',
      source: 'text',
      confidence: Math.min(0.9, 0.5 + signals.listingCoverage / 2),
    };
  }
  if (signals.structuredGrant)
    return { value: 'opportunity', source: signals.structuredGrant, confidence: 0.9 };
  const score = opportunityScore(page, signals);
  if (score >= 3)
    return { value: 'opportunity', source: 'text', confidence: Math.min(0.9, 0.4 + score / 10) };
  return { value: 'organization', source: 'text', confidence: Math.min(0.9, 0.5 + (3 - score) / 10) };
}

/** The share of the main text a listing must cover; less on a page titled as a list of organisations. */
function minCoverage(page: PageContext, signals: KindSignals): number {
  const titles = [
    page.meta.title,
    ...mainHeadings(page)
      .filter((b) => b.heading === 1)
      .map((b) => b.text),
  ];
  if (signals.listingExternal >= 0.8 && titles.some((t) => DIRECTORY_WORDS.test(t))) return 0.2;
  return signals.listingSize >= 8 ? 0.35 : 0.45;
}

function opportunityScore(page: PageContext, signals: KindSignals): number {
  const headings = mainHeadings(page).map((b) => b.text);
  const titles = [
    page.meta.title,
    page.meta.tags.get('og:title') ?? '',
    page.url?.pathname.replace(/[-_/]+/g, ' ') ?? '',
  ];
  let score = 0;
  for (const title of titles) if (OPPORTUNITY_WORDS.test(title)) score += 1.5;
  if (headings.some((h) => OPPORTUNITY_WORDS.test(h))) score += 2;
  if (
    page.text.blocks.some(
      (b) => b.heading > 0 && !b.chrome && !b.footer && b.text.length < 80 && APPLY_HEADING.test(b.text),
    )
  )
    score += 2;
  score = Math.min(score, 5);
  if ([...titles.slice(0, 2), ...headings.slice(0, 1)].some((t) => ORGANIZATION_WORDS.test(t))) score -= 2;
  const body = bodyWordCount(page);
  if (body >= 4) score += 1;
  if (body >= 10) score += 1;
  if (signals.awardAmounts) score += 1;
  if (signals.deadline) score += 1;
  return score;
}

function mainHeadings(page: PageContext): { text: string; heading: number }[] {
  const content = page.text.blocks.filter(
    (b) => b.heading > 0 && !b.chrome && !b.footer && b.text.length < 200,
  );
  return [
    ...content.filter((b) => b.heading === 1).slice(0, 3),
    ...content.filter((b) => b.heading === 2).slice(0, 2),
  ];
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

/**
 * When two funding opportunities are the same (PRODUCT.md "Identity"): equal normalised links (host
 * without "www.", path without trailing slash, tracking parameters dropped), or equal normalised
 * title and funder. One link with different titles, each with a word the other lacks (a page
 * listing several calls, or next year's round), is only a possible duplicate.
 */
import { type NameShape, shapeName, titlesDiffer } from './name-conflict.ts';
import { normaliseName, normaliseTitle } from './name-words.ts';
import { normaliseWebAddress } from './web-address.ts';

export type OpportunityReason = 'same link' | 'same title and funder';

/** What identifies an opportunity: its link, title and funder's name. */
export interface OpportunityKey {
  title?: unknown;
  funder?: unknown;
  url?: unknown;
}

/** Why two opportunities are the same; possibleDuplicate when only the link matched and the titles conflict. */
export interface OpportunityMatch {
  reason: OpportunityReason;
  possibleDuplicate?: true;
}

/** An opportunity prepared for comparison. */
export interface OpportunityIdentity {
  link: string;
  /** Normalised title and funder, "" unless both are present. */
  titleAndFunder: string;
  title: NameShape;
}

/** What an opportunity is looked up by: its normalised link and its title and funder. */
export function opportunityLookupKeys(key: OpportunityKey): Omit<OpportunityIdentity, 'title'> {
  const title = normaliseTitle(key.title);
  const funder = normaliseName(key.funder);
  return {
    link: normaliseWebAddress(key.url) ?? '',
    titleAndFunder: title && funder ? `${title}\n${funder}` : '',
  };
}

/** Prepares an opportunity for comparison. */
export function identifyOpportunity(key: OpportunityKey): OpportunityIdentity {
  return { ...opportunityLookupKeys(key), title: shapeName(key.title) };
}

/** How opportunity `a` matches `b`, or undefined when they are different. */
export function matchOpportunity(a: OpportunityKey, b: OpportunityKey): OpportunityMatch | undefined {
  return compareOpportunities(identifyOpportunity(a), identifyOpportunity(b));
}

/** matchOpportunity over prepared identities. */
export function compareOpportunities(
  a: OpportunityIdentity,
  b: OpportunityIdentity,
): OpportunityMatch | undefined {
  const sameLink = a.link !== '' && a.link === b.link;
  if (sameLink && !titlesDiffer(a.title, b.title)) return { reason: 'same link' };
  if (a.titleAndFunder !== '' && a.titleAndFunder === b.titleAndFunder)
    return { reason: 'same title and funder' };
  return sameLink ? { reason: 'same link', possibleDuplicate: true } : undefined;
}

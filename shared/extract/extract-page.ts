import { findMoney } from './amounts.ts';
import { findListing } from './directory.ts';
import { elementsOf } from './element-index.ts';
import { decideKind } from './kind.ts';
import { buildOpportunity, hasDeadline } from './opportunity.ts';
import { buildOrganization } from './organization.ts';
import { type PageContext, readPage } from './page-context.ts';
import { isGrant, isOrganization, propText, type SchemaNode } from './structured-data.ts';
import { findStructuredListing } from './structured-listing.ts';
import type { PageCapture } from './types.ts';
import { isPlatformHost } from './url-utils.ts';

/**
 * Captures the organisation, funding opportunity or directory a page describes. Runs on a live DOM or a
 * parsed one (linkedom), never throws, and its time is bounded by the limits in `limits.ts`.
 */
export function extractPage(doc: Document, url: string): PageCapture {
  try {
    return capture(readPage(doc, url));
  } catch {
    return emptyCapture(url);
  }
}

function capture(page: PageContext): PageCapture {
  const org = pickOrganization(page.structured);
  const grant = page.structured.find((n) => isGrant(n) && !n.listed);
  const structuredListing = attempt(
    () => findStructuredListing(page.structured, page.url?.href ?? page.href),
    undefined,
  );
  const structuredItems = structuredListing?.items ?? [];
  const profile = isProfilePage(page);
  const organization = attempt(() => buildOrganization(page, org, profile), null);
  const listing = attempt(() => findListing(page), undefined);
  const awardAmounts = attempt(() => findMoney(page.text.blocks).some((m) => m.score > 0), false);
  const kind = decideKind(page, {
    structuredGrant: grant?.source,
    structuredListing: structuredItems.length,
    structuredListingSource: structuredListing?.source ?? 'json-ld',
    listingCoverage: listing?.coverage ?? 0,
    listingSize: listing?.items.length ?? 0,
    listingExternal: listing?.external ?? 0,
    awardAmounts,
    deadline: attempt(() => hasDeadline(page), false),
  });
  const opportunity =
    kind.value === 'opportunity'
      ? attempt(
          () =>
            buildOpportunity(page, grant, organization?.name ?? null, organization?.country?.value ?? null),
          null,
        )
      : null;
  return {
    url: page.href,
    kind,
    organization,
    opportunity,
    items:
      kind.value !== 'directory' ? [] : structuredItems.length > 0 ? structuredItems : (listing?.items ?? []),
  };
}

function attempt<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

/** The organisation the page is published by: the WebPage/WebSite publisher, else the first Organization not in a list. */
function pickOrganization(nodes: SchemaNode[]): SchemaNode | undefined {
  for (const node of nodes) {
    if (!node.types.some((t) => t === 'webpage' || t === 'website')) continue;
    const publisher = node.props.publisher;
    const name =
      publisher && typeof publisher === 'object'
        ? propText(publisher as Record<string, unknown>, 'name')
        : undefined;
    const match = name ? nodes.find((n) => isOrganization(n) && propText(n, 'name') === name) : undefined;
    if (match) return match;
  }
  return nodes.find((n) => isOrganization(n) && !n.listed);
}

/** Pages on shared platforms (encyclopaedias, social networks) or with an infobox describe someone else. */
function isProfilePage(page: PageContext): boolean {
  if (page.url && isPlatformHost(page.url.hostname)) return true;
  return elementsOf(page.index, 'TABLE').some((t) =>
    /\b(?:infobox|vcard)\b/.test(t.getAttribute('class') ?? ''),
  );
}

function emptyCapture(url: string): PageCapture {
  return {
    url,
    kind: { value: 'organization', source: 'text', confidence: 0 },
    organization: null,
    opportunity: null,
    items: [],
  };
}

/** What the popup asks the sheet before saving (PRODUCT.md "Identity"). */
import type { DirectoryItem } from '../../shared/extract/types.ts';
import type { OpportunityQuery, OrganisationQuery, SheetQuery } from '../sync/sheet-lookup.ts';
import { entryOrganisation, sharedEntryHosts } from './directory-entry.ts';
import type { Draft } from './draft.ts';

/** The query for the form at index 0 and, for an opportunity, its funder at index 1. */
export const FORM_QUERY = 0;
export const FUNDER_QUERY = 1;

/**
 * An organisation is asked about by name and website; an opportunity by title, funder and link
 * (tab Funding), and its funder separately as an organisation (tab Stakeholders).
 */
export function formQueries(draft: Draft): SheetQuery[] {
  const website = clean(draft.organization.website.value);
  const name = clean(draft.organization.name.value);
  if (draft.kind === 'organization') return [compact<OrganisationQuery>({ name, website })];
  const o = draft.opportunity;
  const funder = clean(o.funderName.value);
  // As draft-to-clip saves them: the Funding row's funder is the funder field, else the page's
  // organisation; the funder's Stakeholders row is the page's organisation, else the funder field.
  return [
    compact<OpportunityQuery>({
      title: clean(o.title.value),
      funder: funder ?? name,
      url: clean(o.url.value),
    }),
    compact<OrganisationQuery>({ name: name ?? funder, website }),
  ];
}

/**
 * One organisation query per directory entry (all of the page's entries); profile pages on the
 * directory's host, or on a host several entries link to, are no website.
 */
export function entryQueries(items: readonly DirectoryItem[], pageUrl: string): OrganisationQuery[] {
  const sharedHosts = sharedEntryHosts(items, pageUrl);
  return items.map((item) => {
    const { name, website } = entryOrganisation(item, pageUrl, sharedHosts);
    return compact<OrganisationQuery>({ name, website, listedOn: pageUrl });
  });
}

/** True when a query names nothing the sheet could match on. */
export function isEmptyQuery(query: SheetQuery): boolean {
  const q = query as OrganisationQuery & OpportunityQuery;
  return !q.name && !q.website && !q.title && !q.url;
}

function clean(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

// Keeps the request small and the JSON key of the lookup stable: no undefined members.
function compact<T extends object>(query: T): T {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as T;
}

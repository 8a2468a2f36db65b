/**
 * The lookup contract the Clipper codes against (PRODUCT.md "Identity"): an item with a title or a
 * url asks about an opportunity (tab Funding), any other about an organisation (tab Stakeholders).
 * Kept apart from the core's protocol types so the Clipper reads older sheets' answers too.
 */

export interface OrganisationQuery {
  name?: string;
  website?: string;
  /** The directory page the entry was listed on: its host is no one entry's own site. */
  listedOn?: string;
}

export interface OpportunityQuery {
  title?: string;
  funder?: string;
  url?: string;
}

export type SheetQuery = OrganisationQuery | OpportunityQuery;

export type MatchReason = 'same website' | 'same name' | 'same link' | 'same title and funder';

export interface SheetMatch {
  /** Which query of the request it answers. */
  index: number;
  id: string;
  /** The organisation's name, or the opportunity's title. */
  name: string;
  row: number;
  tab: 'Stakeholders' | 'Funding';
  /** Why the sheet thinks it is the same; older sheets leave it out. */
  reason?: MatchReason;
  /** The host matched but the names conflict: saving adds a new row noted as a possible duplicate. */
  possibleDuplicate?: true;
}

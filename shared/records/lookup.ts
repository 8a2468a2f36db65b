/**
 * Answers the Clipper's "is this already in the sheet?" with exactly the row saving would use
 * (PRODUCT.md "Identity"): the same finders as the save plan, so the popup's promise is what
 * saving does. Organisations are looked up in Stakeholders, opportunities in Funding.
 */
import { mapColumns } from '../header-map.ts';
import { findOpportunity, indexOpportunities } from '../identity/opportunity-index.ts';
import { findOrganization, indexOrganizations } from '../identity/organization-index.ts';
import { isOpportunityQuery, type LookupMatch, type LookupQuery } from '../protocol.ts';
import { FUNDING, STAKEHOLDERS } from '../workbook-schema.ts';
import type { TabValues } from './plan-tab.ts';

/** The row each query would be saved into (or possibly duplicates); queries with none are left out. */
export function answerLookup(
  stakeholders: TabValues,
  funding: TabValues | undefined,
  queries: readonly LookupQuery[],
): LookupMatch[] {
  const people = reader(stakeholders, STAKEHOLDERS.headers);
  const money = funding && reader(funding, FUNDING.headers);
  const organizations = indexOrganizations(
    stakeholders.rows.map((row) => ({ name: people.at(row, 'Name'), website: people.at(row, 'Website') })),
  );
  const opportunities =
    money &&
    indexOpportunities(
      money.rows.map((row) => ({
        title: money.at(row, 'Opportunity'),
        funder: money.at(row, 'Funder'),
        url: money.at(row, 'URL'),
      })),
    );
  return queries.flatMap((query, index): LookupMatch[] => {
    if (isOpportunityQuery(query)) {
      const found = opportunities && money && findOpportunity(opportunities, query);
      if (!found || !money) return [];
      const row = money.rows[found.position] ?? [];
      return [matchOf(index, found, FUNDING.name, money.at(row, 'ID'), money.at(row, 'Opportunity'))];
    }
    const found = findOrganization(organizations, query, query.listedOn);
    if (!found) return [];
    const row = people.rows[found.position] ?? [];
    return [matchOf(index, found, STAKEHOLDERS.name, people.at(row, 'ID'), people.at(row, 'Name'))];
  });
}

function matchOf(
  index: number,
  found: { position: number; reason: LookupMatch['reason']; possibleDuplicate?: true },
  tab: string,
  id: unknown,
  name: unknown,
): LookupMatch {
  const match: LookupMatch = {
    index,
    id: String(id ?? ''),
    name: String(name ?? ''),
    tab: tab === FUNDING.name ? 'Funding' : 'Stakeholders',
    row: found.position + 2,
    reason: found.reason,
  };
  if (found.possibleDuplicate) match.possibleDuplicate = true;
  return match;
}

function reader(values: TabValues, headers: readonly string[]) {
  const columns = mapColumns(values.header, headers);
  return {
    rows: values.rows,
    at(row: readonly unknown[], header: string): unknown {
      const column = columns[header];
      return column === undefined ? '' : row[column];
    },
  };
}

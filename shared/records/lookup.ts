/** Answers the Clipper's "is this organisation already in the sheet?" question. */
import { mapColumns } from '../header-map.ts';
import type { LookupMatch, LookupQuery } from '../protocol.ts';
import { STAKEHOLDERS } from '../workbook-schema.ts';
import { websiteDomain } from './domain.ts';
import { normaliseName } from './name.ts';
import type { TabValues } from './save-clips.ts';

/** Stakeholders rows with the same website domain or the same normalised name as each query. */
export function lookupStakeholders(stakeholders: TabValues, queries: readonly LookupQuery[]): LookupMatch[] {
  const columns = mapColumns(stakeholders.header, STAKEHOLDERS.headers);
  const cell = (row: readonly unknown[], header: 'ID' | 'Name' | 'Website') => {
    const column = columns[header];
    return column === undefined ? '' : row[column];
  };
  const byDomain = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  stakeholders.rows.forEach((row, position) => {
    push(byDomain, websiteDomain(cell(row, 'Website')), position);
    push(byName, normaliseName(cell(row, 'Name')) || undefined, position);
  });
  return queries.flatMap((query, index) => {
    const domain = websiteDomain(query.website);
    const name = normaliseName(query.name);
    const positions = new Set([
      ...(domain ? (byDomain.get(domain) ?? []) : []),
      ...(name ? (byName.get(name) ?? []) : []),
    ]);
    return [...positions]
      .sort((a, b) => a - b)
      .map((position) => {
        const row = stakeholders.rows[position] ?? [];
        return {
          index,
          id: String(cell(row, 'ID') ?? ''),
          name: String(cell(row, 'Name') ?? ''),
          tab: STAKEHOLDERS.name,
          row: position + 2,
        };
      });
  });
}

function push(map: Map<string, number[]>, key: string | undefined, position: number): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

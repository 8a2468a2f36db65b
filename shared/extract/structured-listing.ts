import { LIMITS } from './limits.ts';
import {
  firstValue,
  isGrant,
  isOrganization,
  propText,
  type SchemaNode,
  typeNames,
} from './structured-data.ts';
import { cleanText } from './text-utils.ts';
import type { DirectoryItem } from './types.ts';
import { resolveUrl } from './url-utils.ts';

/** Types a listed entry may have and still name an organisation or opportunity (untyped counts too). */
const NEUTRAL_TYPES = new Set(['listitem', 'thing', 'webpage', 'website']);
const MIN_ITEMS = 3;

/** A schema.org ItemList's entries and whether it came from JSON-LD or microdata. */
export interface StructuredListing {
  items: DirectoryItem[];
  source: SchemaNode['source'];
}

/**
 * The entries of the page's largest schema.org ItemList of organisations or opportunities: ListItems whose
 * `item` is one, ListItems with their own name and url, or the entries themselves. Lists of other things
 * (articles, products, breadcrumbs) and lists under three entries give nothing.
 */
export function findStructuredListing(nodes: SchemaNode[], base: string): StructuredListing {
  let best: StructuredListing = { items: [], source: 'json-ld' };
  for (const node of nodes) {
    if (!node.types.includes('itemlist')) continue;
    const raw = node.props.itemListElement;
    const elements = (Array.isArray(raw) ? raw : [raw]).slice(0, LIMITS.items);
    const items = elements.flatMap((element) => listedEntry(element, base));
    if (
      items.length >= MIN_ITEMS &&
      items.length >= elements.length * 0.8 &&
      items.length > best.items.length
    )
      best = { items, source: node.source };
  }
  return best;
}

function listedEntry(element: unknown, base: string): DirectoryItem[] {
  if (!element || typeof element !== 'object') return [];
  const outer = element as Record<string, unknown>;
  const item = firstValue(outer.item);
  const inner = item && typeof item === 'object' ? (item as Record<string, unknown>) : outer;
  if (!isListable(inner)) return [];
  const name = cleanText((propText(inner, 'name') ?? propText(outer, 'name') ?? '').slice(0, 300));
  if (name.length < 2) return [];
  const href = [inner.url, outer.url, item].map(firstValue).find((v) => typeof v === 'string') as
    | string
    | undefined;
  return [{ name, url: (href && resolveUrl(href, base)?.href) || null }];
}

function isListable(entry: Record<string, unknown>): boolean {
  const types = typeNames(entry['@type']);
  const node: SchemaNode = { types, props: entry, source: 'json-ld' };
  return types.every((t) => NEUTRAL_TYPES.has(t)) || isOrganization(node) || isGrant(node);
}

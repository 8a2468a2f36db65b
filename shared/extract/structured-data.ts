/** A schema.org object read from JSON-LD or microdata, with its types and where it came from. */
export interface SchemaNode {
  types: string[];
  props: Record<string, unknown>;
  source: 'json-ld' | 'microdata';
  /** Inside a schema.org ItemList: a listed entry, not the page's owner or subject. */
  listed?: boolean;
}

const ORG_TYPES = new Set([
  'organization',
  'ngo',
  'corporation',
  'governmentorganization',
  'educationalorganization',
  'collegeoruniversity',
  'school',
  'highschool',
  'middleschool',
  'elementaryschool',
  'preschool',
  'fundingagency',
  'researchorganization',
  'localbusiness',
  'library',
  'medicalorganization',
  'sportsorganization',
  'performinggroup',
  'newsmediaorganization',
  'workersunion',
  'politicalparty',
  'consortium',
  'project',
  'researchproject',
  'fundingscheme',
  'onlinebusiness',
  'airline',
  'cooperative',
  'searchrescueorganization',
  'librarysystem',
  'governmentoffice',
  'placeofworship',
  'church',
]);
const GRANT_TYPES = new Set(['grant', 'monetarygrant', 'fundingscheme']);

/** The lower-cased local type names of a node ("https://schema.org/NGO" → "ngo"). */
export function typeNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => {
      const local = t.slice(t.lastIndexOf('/') + 1);
      return local.slice(local.lastIndexOf(':') + 1).toLowerCase();
    });
}

/** True when a node is an Organization or one of its subtypes. */
export function isOrganization(node: SchemaNode): boolean {
  return node.types.some((t) => ORG_TYPES.has(t));
}

/** True when a node is a Grant, MonetaryGrant or FundingScheme. */
export function isGrant(node: SchemaNode): boolean {
  return node.types.some((t) => GRANT_TYPES.has(t));
}

/** The first string value of a property (strings, numbers, or objects with @value/name). */
export function propText(node: SchemaNode | Record<string, unknown>, key: string): string | undefined {
  const props = 'props' in node && 'types' in node ? (node as SchemaNode).props : node;
  const first = firstValue((props as Record<string, unknown>)[key]);
  if (typeof first === 'string') return first.trim() || undefined;
  if (typeof first === 'number') return String(first);
  if (first && typeof first === 'object') {
    const obj = first as Record<string, unknown>;
    const inner = firstValue(obj['@value'] ?? obj.name ?? obj['@id'] ?? obj.url);
    return typeof inner === 'string' ? inner.trim() || undefined : undefined;
  }
  return undefined;
}

/** The first of a list (microdata gives every property as one), or the value itself. */
export function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** The first object value of a property, if any. */
export function propObject(node: SchemaNode, key: string): Record<string, unknown> | undefined {
  const first = firstValue(node.props[key]);
  return first && typeof first === 'object' ? (first as Record<string, unknown>) : undefined;
}

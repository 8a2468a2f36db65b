import type { SchemaNode } from './structured-data.ts';
import type { ExtractedField } from './types.ts';

/** E-mail addresses and phone numbers an organisation states in its structured data. */
export interface StructuredContacts {
  emails: ExtractedField<string>[];
  phones: ExtractedField<string>[];
}

/** The organisation's `email` and `telephone`, then those of its `contactPoint`s, as written. */
export function findStructuredContacts(org: SchemaNode | undefined): StructuredContacts {
  if (!org) return { emails: [], phones: [] };
  const raw = org.props.contactPoint;
  const points = (Array.isArray(raw) ? raw : [raw]).filter(
    (p): p is Record<string, unknown> => p !== null && typeof p === 'object',
  );
  const holders = [org.props, ...points.slice(0, 20)];
  const field = (value: string) => ({ value, source: org.source, confidence: 0.95 });
  return {
    emails: holders.flatMap((h) => strings(h.email).map((v) => v.replace(/^mailto:/i, ''))).map(field),
    phones: holders.flatMap((h) => strings(h.telephone).map((v) => v.replace(/^tel:/i, ''))).map(field),
  };
}

function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value.slice(0, 20) : [value];
  return list
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter(Boolean);
}

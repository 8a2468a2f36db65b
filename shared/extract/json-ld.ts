import { type ElementIndex, elementsOf } from './element-index.ts';
import { LIMITS } from './limits.ts';
import { type SchemaNode, typeNames } from './structured-data.ts';

/** Parses every schema.org JSON-LD script of a document, flattening @graph and arrays; bad JSON is skipped. */
export function readJsonLd(doc: Document, index?: ElementIndex): SchemaNode[] {
  const nodes: SchemaNode[] = [];
  const scripts = index
    ? elementsOf(index, 'SCRIPT').filter(
        (s) => (s.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json',
      )
    : doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < LIMITS.jsonLdScripts; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (text.length > LIMITS.jsonLdChars) continue;
    const parsed = parseJson(text);
    if (parsed !== undefined) collect(parsed, nodes);
  }
  return resolveReferences(nodes);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\s*<!--|-->\s*$/g, ''));
  } catch {
    return undefined;
  }
}

interface Queued {
  value: unknown;
  depth: number;
  listed: boolean;
}

function collect(root: unknown, out: SchemaNode[]): void {
  const queue: Queued[] = [{ value: root, depth: 0, listed: false }];
  let seen = 0;
  while (queue.length > 0 && seen++ < LIMITS.structuredNodes) {
    const { value, depth, listed } = queue.shift() as Queued;
    if (depth > 12 || value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 500)) queue.push({ value: item, depth: depth + 1, listed });
      continue;
    }
    const obj = value as Record<string, unknown>;
    const types = typeNames(obj['@type']);
    if (types.length > 0) out.push({ types, props: obj, source: 'json-ld', listed });
    const inList = listed || types.includes('itemlist');
    for (const [key, child] of Object.entries(obj)) {
      if (key !== '@context' && child && typeof child === 'object')
        queue.push({ value: child, depth: depth + 1, listed: inList });
    }
  }
}

function resolveReferences(nodes: SchemaNode[]): SchemaNode[] {
  const byId = new Map<string, SchemaNode>();
  for (const node of nodes) {
    const id = node.props['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  return nodes.map((node) => {
    const props: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node.props)) {
      const ref =
        value && typeof value === 'object' && !Array.isArray(value)
          ? (value as Record<string, unknown>)
          : null;
      const target =
        ref && Object.keys(ref).length === 1 && typeof ref['@id'] === 'string'
          ? byId.get(ref['@id'])
          : undefined;
      props[key] = target ? target.props : value;
    }
    return { ...node, props };
  });
}

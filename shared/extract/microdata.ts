import type { ElementIndex } from './element-index.ts';
import { LIMITS } from './limits.ts';
import { type SchemaNode, typeNames } from './structured-data.ts';
import { cleanText } from './text-utils.ts';

/** Reads schema.org microdata (itemscope/itemtype/itemprop) into the same shape as JSON-LD. */
export function readMicrodata(doc: Document, index?: ElementIndex): SchemaNode[] {
  const scopes = index ? index.itemScopes : doc.querySelectorAll('[itemscope][itemtype]');
  const nodes: SchemaNode[] = [];
  for (let i = 0; i < scopes.length && i < LIMITS.microdataScopes; i++) {
    const scope = scopes[i];
    if (!scope) continue;
    const types = typeNames((scope.getAttribute('itemtype') ?? '').split(/\s+/));
    if (types.length > 0)
      nodes.push({ types, props: readProps(scope, 0), source: 'microdata', listed: insideList(scope) });
  }
  return nodes;
}

function readProps(scope: Element, depth: number): Record<string, unknown> {
  const props: Record<string, unknown[]> = {};
  const owned = scope.querySelectorAll('[itemprop]');
  for (let i = 0; i < owned.length && i < 500; i++) {
    const el = owned[i];
    if (!el || nearestScope(el) !== scope) continue;
    const value = el.hasAttribute('itemscope') && depth < 4 ? nestedProps(el, depth + 1) : propValue(el);
    for (const name of (el.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean)) {
      props[name] = [...(props[name] ?? []), value];
    }
  }
  return props;
}

/** A nested item's properties, with its type as JSON-LD would give it ("@type"). */
function nestedProps(el: Element, depth: number): Record<string, unknown> {
  const props = readProps(el, depth);
  const type = el.getAttribute('itemtype');
  return type ? { '@type': type.split(/\s+/), ...props } : props;
}

/** True when an item sits inside a schema.org ItemList: a listed entry, not the page's owner. */
function insideList(scope: Element): boolean {
  let parent = scope.parentElement;
  for (let depth = 0; parent && depth < 100; depth++, parent = parent.parentElement) {
    if (
      parent.hasAttribute('itemscope') &&
      typeNames(parent.getAttribute('itemtype') ?? '').includes('itemlist')
    )
      return true;
  }
  return false;
}

function nearestScope(el: Element): Element | null {
  let parent = el.parentElement;
  for (let depth = 0; parent && depth < 100; depth++, parent = parent.parentElement) {
    if (parent.hasAttribute('itemscope')) return parent;
  }
  return null;
}

function propValue(el: Element): string {
  const attr =
    el.getAttribute('content') ??
    (el.tagName === 'A' || el.tagName === 'LINK' ? el.getAttribute('href') : null) ??
    (el.tagName === 'IMG' ? el.getAttribute('src') : null) ??
    (el.tagName === 'TIME' ? el.getAttribute('datetime') : null) ??
    (el.tagName === 'DATA' || el.tagName === 'METER' ? el.getAttribute('value') : null);
  return cleanText((attr ?? el.textContent ?? '').slice(0, 2000));
}

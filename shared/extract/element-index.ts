import { LIMITS } from './limits.ts';

/**
 * The elements the extractors look up, found in one bounded walk of the document. A DOM library's
 * `querySelectorAll` walks the whole tree once per selector (and linkedom's is slow), so the half-dozen
 * lookups an extraction needs are answered from this index instead.
 */
export interface ElementIndex {
  /** Elements by upper-case tag name, in document order, for the tags in `INDEXED_TAGS`. */
  byTag: Map<string, Element[]>;
  /** Elements with both `itemscope` and `itemtype`. */
  itemScopes: Element[];
  /** Elements whose class or id names a logo, site title or site name, and `a[rel=home]`. */
  brand: Element[];
}

const INDEXED_TAGS = new Set(['A', 'TABLE', 'H1', 'META', 'LINK', 'SCRIPT', 'TITLE']);
/** Elements whose insides hold nothing the extractors look up (icons, styles, embedded documents). */
const OPAQUE = new Set([
  'svg',
  'SVG',
  'STYLE',
  'SCRIPT',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'CANVAS',
  'MATH',
  'SELECT',
  'VIDEO',
  'AUDIO',
]);
const BRAND = /site-title|site-name|logo/i;
const MAX_BRAND = 40;

/** Walks the document once, depth first in document order, within `LIMITS.nodes` elements. */
export function indexElements(doc: Document): ElementIndex {
  const byTag = new Map<string, Element[]>();
  const itemScopes: Element[] = [];
  const brand: Element[] = [];
  const root = firstChildOf(doc);
  const stack: Node[] = root ? [root] : [];
  let visited = 0;
  while (stack.length > 0 && visited < LIMITS.nodes) {
    const node = stack.pop() as Node;
    if (node.nodeType !== 1) continue;
    visited++;
    const el = node as Element;
    const tag = el.tagName;
    if (INDEXED_TAGS.has(tag)) {
      const list = byTag.get(tag);
      if (list) list.push(el);
      else byTag.set(tag, [el]);
    }
    if (el.hasAttribute('itemscope') && el.hasAttribute('itemtype')) itemScopes.push(el);
    if (brand.length < MAX_BRAND && isBrand(el, tag)) brand.push(el);
    if (OPAQUE.has(tag)) continue;
    const start = stack.length;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) stack.push(child);
    }
    reverseFrom(stack, start);
  }
  return { byTag, itemScopes, brand };
}

/** The indexed elements with a tag name (upper case). */
export function elementsOf(index: ElementIndex, tag: string): Element[] {
  return index.byTag.get(tag) ?? [];
}

function isBrand(el: Element, tag: string): boolean {
  if (tag === 'A' && el.getAttribute('rel') === 'home') return true;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  return (cls !== null && BRAND.test(cls.slice(0, 300))) || (id !== null && BRAND.test(id.slice(0, 200)));
}

/** Reverses `stack[start..]` in place, so children pop in document order. */
export function reverseFrom<T>(stack: T[], start: number): void {
  for (let i = start, j = stack.length - 1; i < j; i++, j--) {
    const a = stack[i] as T;
    stack[i] = stack[j] as T;
    stack[j] = a;
  }
}

/**
 * The first child of a node. An element's children are read through their sibling links rather than
 * `childNodes`, which linkedom rebuilds as a new list on every read; a document's start at its root
 * element, as linkedom gives a doctype no `nextSibling`.
 */
export function firstChildOf(node: Node): Node | null {
  if (node.nodeType === 9) return (node as Document).documentElement;
  return node.firstChild;
}

/** The first element with a tag name inside `root` (upper case), searching at most `limit` nodes. */
export function firstDescendant(root: Element, tag: string, limit = 200): Element | null {
  const stack: Node[] = [];
  for (let c = root.firstChild; c; c = c.nextSibling) stack.push(c);
  stack.reverse();
  for (let seen = 0; stack.length > 0 && seen < limit; seen++) {
    const node = stack.pop() as Node;
    if (node.nodeType !== 1) continue;
    if ((node as Element).tagName === tag) return node as Element;
    const start = stack.length;
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
    reverseFrom(stack, start);
  }
  return null;
}

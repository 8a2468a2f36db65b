import { elementsOf, reverseFrom } from './element-index.ts';
import { LIMITS } from './limits.ts';
import { isInChrome } from './page-chrome.ts';
import type { PageContext } from './page-context.ts';
import { cleanText } from './text-utils.ts';
import type { DirectoryItem } from './types.ts';
import { registrableDomain, resolveUrl } from './url-utils.ts';

/** A list of organisations or opportunities found on a page, with the share of the main text it covers. */
export interface Listing {
  items: DirectoryItem[];
  coverage: number;
  /** Share of the entries that link to another site. */
  external: number;
}

type Entry = DirectoryItem & { chars: number };

const NAME_HEADER =
  /^(?:grantee|recipient|organi[sz]ation|name|partner|member|funder|program(?:me)?|opportunity|title|project|company|institution|school|club|empfänger|organisation|nom|nombre|nome|entidad|entidade|název)s?$/i;
const ROW_TAGS = new Set(['TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TABLE']);

/** Finds the page's dominant list of entries (a table, or repeated list items or cards with a link each), if any. */
export function findListing(page: PageContext): Listing | undefined {
  const mainText = page.text.blocks.reduce((sum, b) => (b.chrome || b.footer ? sum : sum + b.text.length), 0);
  if (mainText === 0) return undefined;
  const base = page.url?.href ?? page.href;
  const chrome = (el: Element) => isInChrome(el, page.contentAncestors);
  let best: Entry[] = [];
  let bestChars = 0;
  for (const entries of [
    ...tableListings(elementsOf(page.index, 'TABLE'), base, chrome),
    ...repeatedListings(elementsOf(page.index, 'A'), base, chrome),
  ]) {
    const chars = entries.reduce((sum, e) => sum + e.chars, 0);
    if (entries.length >= 3 && chars > bestChars) {
      best = entries;
      bestChars = chars;
    }
  }
  if (best.length === 0) return undefined;
  const items = best.slice(0, LIMITS.items).map(({ name, url }) => ({ name, url }));
  const own = page.url ? registrableDomain(page.url.hostname) : '';
  const external = items.filter((i) => i.url && registrableDomain(new URL(i.url).hostname) !== own).length;
  return { items, coverage: Math.min(1, bestChars / mainText), external: external / items.length };
}

function tableListings(tables: Element[], base: string, chrome: (el: Element) => boolean): Entry[][] {
  const out: Entry[][] = [];
  for (let t = 0; t < tables.length && t < 50; t++) {
    const table = tables[t];
    if (!table || /infobox|navbox|vcard/i.test(table.getAttribute('class') ?? '') || chrome(table)) continue;
    const rows = [...table.querySelectorAll('tr')].slice(0, LIMITS.items + 1);
    const header = rows.find((r) => r.querySelector('th') && !r.querySelector('td'));
    const dataRows = rows.filter((r) => r.querySelectorAll('td').length >= 2);
    if (dataRows.length < 3) continue;
    const column = nameColumn(header, dataRows);
    if (column >= 0) out.push(dataRows.flatMap((row) => tableEntry(row, column, base)));
  }
  return out;
}

function nameColumn(header: Element | undefined, rows: Element[]): number {
  const labels = header
    ? [...header.querySelectorAll('th')].map((th) => cleanText(th.textContent ?? ''))
    : [];
  const named = labels.findIndex((label) => NAME_HEADER.test(label));
  if (named >= 0 || labels.length > 0) return named;
  const linked = rows.filter((r) => r.querySelector('td')?.querySelector('a[href]')).length;
  return linked >= rows.length * 0.6 ? 0 : -1;
}

function tableEntry(row: Element, column: number, base: string): Entry[] {
  const cell = row.querySelectorAll('td')[column];
  const name = cell ? entryName(cell) : '';
  if (!cell || !name) return [];
  const href = cell.querySelector('a[href]')?.getAttribute('href') ?? '';
  return [{ name, url: linkUrl(href, base), chars: (row.textContent ?? '').length }];
}

/** Groups link-bearing elements that repeat as siblings (same tag and class) under one container. */
function repeatedListings(links: Element[], base: string, chrome: (el: Element) => boolean): Entry[][] {
  const groups = new Map<string, { container: Element; entries: Element[] }>();
  const containers = new Map<Element, number>();
  const anchors = links.filter((a) => a.hasAttribute('href'));
  for (let i = 0; i < anchors.length && i < LIMITS.links; i++) {
    let entry = anchors[i]?.parentElement ?? null;
    for (
      let depth = 0;
      entry && depth < 4 && !ROW_TAGS.has(entry.tagName);
      depth++, entry = entry.parentElement
    ) {
      const container = entry.parentElement;
      if (!container) break;
      if (!containers.has(container)) containers.set(container, containers.size);
      const key = `${containers.get(container)}|${entry.tagName}.${entry.getAttribute('class') ?? ''}`;
      const group = groups.get(key) ?? { container, entries: [] };
      if (group.entries[group.entries.length - 1] !== entry) group.entries.push(entry);
      groups.set(key, group);
    }
  }
  const out: Entry[][] = [];
  for (const { container, entries } of groups.values()) {
    if (entries.length < 3 || chrome(container)) continue;
    const found = entries.slice(0, LIMITS.items).flatMap((el) => entryOf(el, base));
    if (found.length >= 3 && found.length >= entries.length * 0.8) out.push(found);
  }
  return out;
}

function entryOf(el: Element, base: string): Entry[] {
  const { anchor, inHeading } = entryAnchor(el);
  if (!anchor) return [];
  const name = entryName(anchor);
  const text = cleanText(boundedText(el, 5000));
  const url = linkUrl(anchor.getAttribute('href') ?? '', base);
  if (
    name.length < 3 ||
    (!inHeading && name.length < text.length * 0.5 && !leadsToOtherSite(text, name, url, base))
  )
    return [];
  return [{ name, url, chars: text.length }];
}

/** "<a>Org name</a> — what it does": an entry that opens with a link to another site names that site's owner. */
function leadsToOtherSite(text: string, name: string, url: string | null, base: string): boolean {
  if (!url || !text.startsWith(name)) return false;
  const host = resolveUrl(base, base)?.hostname ?? '';
  return registrableDomain(new URL(url).hostname) !== registrableDomain(host);
}

function linkUrl(href: string, base: string): string | null {
  if (/^(?:mailto|tel|javascript):|^#/i.test(href.trim())) return null;
  return resolveUrl(href, base)?.href ?? null;
}

/** Badges, counters and screen-reader hints inside an entry's link: "New", "Updated", "(3)", "opens in a new tab". */
const BADGE_CLASS =
  /(?:^|[\s_-])(?:badge|pill|chip|flag|status|new|ribbon|sticker|counter|sr-only|screen-reader-text|visually-hidden)(?:$|[\s_-])/i;
const BADGE_WORDS = 'New|NEW|Updated|UPDATED|Featured|FEATURED|Sponsored|Closing soon|Hot|Beta';
/** A badge word glued to the end of a name by markup without a space: "Lakeshore FoundationNew". */
const GLUED_BADGE = new RegExp(String.raw`(?<=[\p{Ll}\p{N}.)])(?:${BADGE_WORDS})!?$`, 'u');
/** A badge word after a separator or in brackets: "Dunes Land Trust · New", "Fund [Updated]". */
const SET_OFF_BADGE = new RegExp(String.raw`\s*(?:[·|•–—-]\s*|[([]\s*)(?:${BADGE_WORDS})!?\s*[)\]]?$`, 'u');

/** The visible name of an entry's link or cell, without the badges and hints its markup adds. */
function entryName(el: Element): string {
  let text = '';
  const stack: Node[] = [el];
  for (let seen = 0; stack.length > 0 && seen < 200 && text.length < 300; seen++) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (child !== el && isBadge(child)) {
      text += ' ';
      continue;
    }
    const start = stack.length;
    for (let c = child.firstChild; c; c = c.nextSibling) stack.push(c);
    reverseFrom(stack, start);
  }
  return cleanText(text.slice(0, 300)).replace(GLUED_BADGE, '').replace(SET_OFF_BADGE, '');
}

function isBadge(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'SUP' || tag === 'SVG' || tag === 'svg' || tag === 'SCRIPT' || tag === 'STYLE' || tag === 'IMG')
    return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const cls = el.getAttribute('class');
  return cls !== null && BADGE_CLASS.test(cls.slice(0, 300));
}

const HEADINGS = new Set(['H2', 'H3', 'H4', 'H5']);

/** The entry's link: the first one inside an H2–H5 heading, else its first link (searched within 400 nodes). */
function entryAnchor(el: Element): { anchor: Element | null; inHeading: boolean } {
  let first: Element | null = null;
  const stack: { node: Node; heading: boolean }[] = [{ node: el, heading: HEADINGS.has(el.tagName) }];
  for (let seen = 0; stack.length > 0 && seen < 400; seen++) {
    const { node, heading } = stack.pop() as { node: Node; heading: boolean };
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (child.tagName === 'A' && child.hasAttribute('href')) {
      if (heading) return { anchor: child, inHeading: true };
      first ??= child;
      continue;
    }
    const inside = heading || HEADINGS.has(child.tagName);
    const start = stack.length;
    for (let c = child.firstChild; c; c = c.nextSibling)
      if (c.nodeType === 1) stack.push({ node: c, heading: inside });
    reverseFrom(stack, start);
  }
  return { anchor: first, inHeading: first !== null && first.closest('h2, h3, h4, h5') !== null };
}

/** The text of an element up to `max` characters, without reading the rest of a large subtree. */
function boundedText(el: Element, max: number): string {
  let text = '';
  const stack: Node[] = [el];
  for (let seen = 0; stack.length > 0 && text.length < max && seen < 5000; seen++) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const start = stack.length;
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
    reverseFrom(stack, start);
  }
  return text.slice(0, max);
}

import { LIMITS } from './limits.ts';
import type { PageContext } from './page-context.ts';
import { cleanText } from './text-utils.ts';
import type { DirectoryItem } from './types.ts';
import { resolveUrl } from './url-utils.ts';

/** A list of organisations or opportunities found on a page, with the share of the main text it covers. */
export interface Listing {
  items: DirectoryItem[];
  coverage: number;
}

const NAME_HEADER = /^(?:grantee|recipient|organi[sz]ation|name|partner|member|funder|program(?:me)?|opportunity|title|project|company|institution|school|club|empfänger|organisation|nom|nombre|nome|entidad|entidade|název)s?$/i;
const CHROME_SELECTOR = 'nav, footer, aside, header, [role="navigation"], [role="contentinfo"], [role="complementary"]';
const MAX_LISTS = 300;

/** Finds the page's dominant list of entries (a table, a list of links, or repeated cards), if any. */
export function findListing(page: PageContext): Listing | undefined {
  const mainText = page.text.blocks.reduce((sum, b) => (b.chrome || b.footer ? sum : sum + b.text.length), 0);
  if (mainText === 0) return undefined;
  const base = page.url?.href ?? page.href;
  let best: DirectoryItem[] = [];
  let bestChars = 0;
  for (const entries of [...tableListings(page.doc, base), ...listListings(page.doc, base), ...cardListings(page.doc, base)]) {
    const chars = entries.reduce((sum, e) => sum + e.chars, 0);
    if (entries.length >= 3 && chars > bestChars) {
      best = entries.map(({ name, url }) => ({ name, url }));
      bestChars = chars;
    }
  }
  if (best.length === 0) return undefined;
  return { items: best.slice(0, LIMITS.items), coverage: Math.min(1, bestChars / mainText) };
}

type Entry = DirectoryItem & { chars: number };

function inChrome(el: Element): boolean {
  return el.closest(CHROME_SELECTOR) !== null;
}

function linkOf(el: Element, base: string): string | null {
  const href = el.querySelector('a[href]')?.getAttribute('href') ?? '';
  if (/^(?:mailto|tel|javascript):|^#/i.test(href)) return null;
  return resolveUrl(href, base)?.href ?? null;
}

function tableListings(doc: Document, base: string): Entry[][] {
  const out: Entry[][] = [];
  const tables = doc.querySelectorAll('table');
  for (let t = 0; t < tables.length && t < 50; t++) {
    const table = tables[t];
    if (!table || inChrome(table) || /infobox|navbox|vcard/i.test(table.getAttribute('class') ?? '')) continue;
    const rows = [...table.querySelectorAll('tr')].slice(0, LIMITS.items + 1);
    const header = rows.find((r) => r.querySelector('th') && !r.querySelector('td'));
    const dataRows = rows.filter((r) => r.querySelectorAll('td').length >= 2);
    if (dataRows.length < 3) continue;
    const column = nameColumn(header, dataRows);
    if (column < 0) continue;
    out.push(dataRows.flatMap((row) => tableEntry(row, column, base)));
  }
  return out;
}

function nameColumn(header: Element | undefined, rows: Element[]): number {
  const labels = header ? [...header.querySelectorAll('th')].map((th) => cleanText(th.textContent ?? '')) : [];
  const named = labels.findIndex((label) => NAME_HEADER.test(label));
  if (named >= 0) return named;
  if (labels.length > 0) return -1;
  const linked = rows.filter((r) => r.querySelector('td')?.querySelector('a[href]')).length;
  return linked >= rows.length * 0.6 ? 0 : -1;
}

function tableEntry(row: Element, column: number, base: string): Entry[] {
  const cell = row.querySelectorAll('td')[column];
  if (!cell) return [];
  const name = cleanText((cell.textContent ?? '').slice(0, 300));
  return name ? [{ name, url: linkOf(cell, base), chars: (row.textContent ?? '').length }] : [];
}

function listListings(doc: Document, base: string): Entry[][] {
  const out: Entry[][] = [];
  const lists = doc.querySelectorAll('ul, ol');
  for (let i = 0; i < lists.length && i < MAX_LISTS; i++) {
    const list = lists[i];
    if (!list || inChrome(list)) continue;
    const items = [...list.children].filter((c) => c.tagName === 'LI').slice(0, LIMITS.items);
    const entries = items.flatMap((li) => entryOf(li, base));
    if (entries.length >= 3 && entries.length >= items.length * 0.8) out.push(entries);
  }
  return out;
}

function cardListings(doc: Document, base: string): Entry[][] {
  const groups = new Map<Element, Element[]>();
  const links = doc.querySelectorAll('h2 a[href], h3 a[href], h4 a[href]');
  for (let i = 0; i < links.length && i < LIMITS.items * 2; i++) {
    const card = links[i]?.closest('h2, h3, h4')?.parentElement;
    const container = card?.parentElement;
    if (!card || !container || container.tagName === 'UL' || container.tagName === 'OL') continue;
    const list = groups.get(container) ?? [];
    if (list[list.length - 1] !== card) list.push(card);
    groups.set(container, list);
  }
  const out: Entry[][] = [];
  for (const [container, cards] of groups) {
    if (cards.length >= 3 && !inChrome(container)) out.push(cards.flatMap((card) => entryOf(card, base)));
  }
  return out;
}

function entryOf(el: Element, base: string): Entry[] {
  const anchor = el.querySelector('h2 a[href], h3 a[href], h4 a[href], h5 a[href], strong a[href], a[href]');
  if (!anchor) return [];
  const name = cleanText((anchor.textContent ?? '').slice(0, 300));
  const chars = (el.textContent ?? '').length;
  const inHeading = anchor.closest('h2, h3, h4, h5, strong') !== null;
  if (name.length < 3 || (!inHeading && name.length < cleanText(el.textContent ?? '').length * 0.5)) return [];
  const href = anchor.getAttribute('href') ?? '';
  const url = /^(?:mailto|tel|javascript):|^#/i.test(href) ? null : (resolveUrl(href, base)?.href ?? null);
  return [{ name, url, chars }];
}

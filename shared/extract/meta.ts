import { type ElementIndex, elementsOf } from './element-index.ts';
import { cleanText } from './text-utils.ts';

/** The page's meta tags, title, canonical address and language. */
export interface PageMeta {
  title: string;
  canonical: string | null;
  lang: string;
  /** Lower-cased meta name/property → first non-empty content. */
  tags: Map<string, string>;
}

const MAX_META = 400;

/** Reads the `<title>`, `<meta>` tags, canonical link and language of a document. */
export function readMeta(doc: Document, index?: ElementIndex): PageMeta {
  const tags = new Map<string, string>();
  const metas = index ? elementsOf(index, 'META') : doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length && i < MAX_META; i++) {
    const m = metas[i];
    if (!m) continue;
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase().trim();
    const content = cleanText((m.getAttribute('content') ?? '').slice(0, 2000));
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  const titleEl = index ? elementsOf(index, 'TITLE')[0] : doc.querySelector('title');
  const title = cleanText((titleEl?.textContent ?? '').slice(0, 500));
  const canonicalEl = index
    ? elementsOf(index, 'LINK').find((l) => (l.getAttribute('rel') ?? '').toLowerCase() === 'canonical')
    : doc.querySelector('link[rel="canonical"]');
  const canonical = canonicalEl?.getAttribute('href') ?? null;
  const lang = (doc.documentElement?.getAttribute('lang') ?? tags.get('og:locale') ?? '')
    .toLowerCase()
    .slice(0, 10);
  return { title, canonical, lang, tags };
}

/** The first meta value among `keys`. */
export function metaValue(meta: PageMeta, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = meta.tags.get(key);
    if (value) return value;
  }
  return undefined;
}

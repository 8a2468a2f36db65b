import type { PageContext } from './page-context.ts';
import { normalizeName } from './text-utils.ts';

/** Separators between a page title and its site name ("Apply | ARDC", "Grants – Foundation"). */
export const TITLE_SEPARATOR = /\s+[|–—·•»:-]\s+|\s*[|–—·•»]\s*/;
const COPYRIGHT =
  /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?([^|•\n]{2,90}?)\s*(?:[.|•]|\s-\s|,?\s*all rights|,?\s*alle rechte|,?\s*todos los derechos|,?\s*tous droits|$)/i;

/** Title segments that are not the page's own heading: usually the site name. */
export function titleSiteSegments(page: PageContext): { value: string; weight: number }[] {
  const segments = page.meta.title
    .split(TITLE_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
  const headings = new Set(
    page.text.blocks
      .filter((b) => b.heading === 1)
      .slice(0, 5)
      .map((b) => normalizeName(b.text)),
  );
  const ogTitle = normalizeName(page.meta.tags.get('og:title') ?? '');
  if (segments.length < 2) {
    const anyHeading = new Set(
      page.text.blocks
        .filter((b) => b.heading > 0)
        .slice(0, 40)
        .map((b) => normalizeName(b.text)),
    );
    return segments
      .filter((value) => !anyHeading.has(normalizeName(value)))
      .map((value) => ({ value, weight: 0.5 }));
  }
  return segments
    .map((value, i) => ({ value, weight: i === segments.length - 1 ? 1.5 : i === 0 ? 0.6 : 0.8 }))
    .filter((s) => !headings.has(normalizeName(s.value)) && normalizeName(s.value) !== ogTitle);
}

/** The holder named in the page's copyright line, near the end of the page. */
export function copyrightHolder(page: PageContext): string | undefined {
  const blocks = page.text.blocks;
  for (let i = blocks.length - 1; i >= 0 && i >= blocks.length - 60; i--) {
    const block = blocks[i];
    if (!block || !/©|\(c\)|copyright/i.test(block.text)) continue;
    const holder = block.text.slice(0, 400).match(COPYRIGHT)?.[1];
    if (holder && /\p{L}{2}/u.test(holder)) return holder.replace(/^the\s+/i, 'The ');
  }
  return undefined;
}

/** Text of the site title element or the logo's alt text. */
export function logoTexts(page: PageContext): string[] {
  const out: string[] = [];
  const els = brandElements(page.index.brand);
  for (let i = 0; i < els.length && i < 6; i++) {
    const el = els[i];
    if (!el) continue;
    const text = el.tagName === 'IMG' ? el.getAttribute('alt') : el.textContent;
    if (text && text.length < 120 && !/logo|^[a-z0-9_-]+$/i.test(text.trim())) out.push(text);
  }
  return out;
}

/**
 * What `[class*="site-title"], [class*="site-name"], [id*="site-title"], [id*="site-name"],
 * [class*="logo"] img[alt], a[rel="home"]` selects, in document order, from the indexed brand elements.
 */
function brandElements(brand: Element[]): Element[] {
  const out: Element[] = [];
  const seen = new Set<Element>();
  const add = (el: Element) => {
    if (!seen.has(el)) {
      seen.add(el);
      out.push(el);
    }
  };
  for (const el of brand) {
    const cls = el.getAttribute('class') ?? '';
    const id = el.getAttribute('id') ?? '';
    if (/site-title|site-name/.test(cls) || /site-title|site-name/.test(id)) add(el);
    else if (el.tagName === 'A' && el.getAttribute('rel') === 'home') add(el);
    if (/logo/.test(cls)) for (const img of el.querySelectorAll('img[alt]')) add(img);
    if (out.length >= 6) break;
  }
  return out;
}

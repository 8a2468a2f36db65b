import { firstDescendant } from './element-index.ts';
import type { PageContext } from './page-context.ts';
import { propText, type SchemaNode } from './structured-data.ts';
import type { ExtractedField } from './types.ts';
import { isPlatformHost, isReservedHost, registrableDomain, resolveUrl, siteRoot } from './url-utils.ts';

const OFFICIAL =
  /^(?:official\s+(?:web\s*)?site|official website|homepage|website|offizielle website|site officiel|sitio (?:web )?oficial|site oficial)$/i;

/** The organisation's home page: structured data, an "official website" link, the logo's home link, or the site root. */
export function findWebsite(
  page: PageContext,
  org: SchemaNode | undefined,
  profile: boolean,
): ExtractedField<string> | null {
  const base = page.url?.href ?? page.href;
  const structured = org ? propText(org, 'url') : undefined;
  const structuredUrl = structured ? resolveUrl(structured, base) : undefined;
  if (structuredUrl && !isPlatformHost(structuredUrl.hostname))
    return field(siteRoot(structuredUrl), org?.source ?? 'json-ld', 0.9);
  const official = officialLink(page, base);
  if (official) return field(official, 'text', 0.85);
  if (profile || !page.url) return null;
  const home = homeLink(page, base);
  if (home) return field(home, 'text', 0.8);
  const canonical = resolveUrl(page.meta.tags.get('og:url') ?? page.meta.canonical ?? '', base) ?? page.url;
  if (isReservedHost(canonical.hostname) || isPlatformHost(canonical.hostname)) return null;
  return field(siteRoot(canonical), 'meta', 0.6);
}

function field(
  value: string,
  source: ExtractedField<string>['source'],
  confidence: number,
): ExtractedField<string> {
  return { value, source, confidence };
}

function officialLink(page: PageContext, base: string): string | undefined {
  for (const link of page.text.links) {
    if (!OFFICIAL.test(link.text)) continue;
    const url = resolveUrl(link.href, base);
    if (url && !isPlatformHost(url.hostname) && !isReservedHost(url.hostname)) return url.href;
  }
  return undefined;
}

/** The link around the site logo, when it points at the root of this site or of its parent domain. */
function homeLink(page: PageContext, base: string): string | undefined {
  const pageDomain = page.url ? registrableDomain(page.url.hostname) : '';
  for (const link of page.text.links.slice(0, 400)) {
    if (!isLogoLink(link.el)) continue;
    const url = resolveUrl(link.href, base);
    if (!url || (url.pathname !== '/' && url.pathname !== '') || url.search) continue;
    if (registrableDomain(url.hostname) === pageDomain) return siteRoot(url);
  }
  return undefined;
}

function isLogoLink(el: Element): boolean {
  const own = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('rel') ?? ''}`;
  if (/logo|brand|home/i.test(own)) return true;
  const parent = el.parentElement;
  if (
    parent &&
    /logo|brand|site-title|site-name/i.test(
      `${parent.getAttribute('class') ?? ''} ${parent.getAttribute('id') ?? ''}`,
    )
  )
    return true;
  const img = firstDescendant(el, 'IMG', 40);
  return (
    img !== null &&
    /logo/i.test(
      `${img.getAttribute('alt') ?? ''} ${img.getAttribute('src') ?? ''} ${img.getAttribute('class') ?? ''}`,
    )
  );
}

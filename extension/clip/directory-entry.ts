/**
 * What a directory entry's link says about the organisation (PRODUCT.md "Identity"): a link on the
 * directory page's own host is the directory's profile page of the entry, not the entry's website.
 */
import { sameHost } from '../../shared/identity/web-address.ts';

export interface EntryOrganisation {
  name: string;
  /** The entry's own site; empty when the directory only links to its profile page. */
  website?: string;
  /** Where the entry was read: its profile page, else the directory page. */
  sourceUrl: string;
}

/** The organisation of a directory entry listed on `pageUrl`. */
export function entryOrganisation(
  item: { name: string; url: string | null },
  pageUrl: string,
): EntryOrganisation {
  const link = item.url ? absolute(item.url, pageUrl) : undefined;
  if (!link) return { name: item.name, sourceUrl: pageUrl };
  if (sameHost(link, pageUrl)) return { name: item.name, sourceUrl: link };
  return { name: item.name, website: link, sourceUrl: pageUrl };
}

function absolute(link: string, base: string): string | undefined {
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

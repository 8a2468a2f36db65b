/**
 * What a directory entry's link says about the organisation (PRODUCT.md "Identity"): a link on the
 * directory page's own host is the directory's profile page of the entry, not the entry's website.
 * So is a link to a host that several entries of the page link to (a giving platform such as
 * givemn.org, a chamber's member pages): many organisations share it, none owns it.
 */
import { hostOf, sameHost } from '../../shared/identity/web-address.ts';
import { isSharedHost } from '../../shared/shared-hosts.ts';

export interface EntryOrganisation {
  name: string;
  /** The entry's own site; empty when the directory only links to its profile page. */
  website?: string;
  /** Where the entry was read: its profile page, else the directory page. */
  sourceUrl: string;
}

interface Entry {
  name: string;
  url: string | null;
}

/**
 * Hosts that two or more entries of the page link to. Computed from every entry of the page,
 * not only the ticked ones, so the lookup and the save read each entry alike. Hosts the core
 * already knows are shared (facebook.com, linktr.ee) are left out: there a page is compared with
 * its path, so an entry's own page there stays its website.
 */
export function sharedEntryHosts(entries: readonly Entry[], pageUrl: string): Set<string> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const host = entry.url ? hostOf(absolute(entry.url, pageUrl)) : undefined;
    if (host && !isSharedHost(host)) counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count > 1).map(([host]) => host));
}

/** The organisation of a directory entry listed on `pageUrl`. */
export function entryOrganisation(
  item: Entry,
  pageUrl: string,
  sharedHosts: ReadonlySet<string> = new Set(),
): EntryOrganisation {
  const link = item.url ? absolute(item.url, pageUrl) : undefined;
  if (!link) return { name: item.name, sourceUrl: pageUrl };
  if (sameHost(link, pageUrl) || sharedHosts.has(hostOf(link) ?? ''))
    return { name: item.name, sourceUrl: link };
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

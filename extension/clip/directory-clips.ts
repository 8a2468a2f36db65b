/** Turns the checked entries of a directory page into organisation clips, one per entry. */
import type { DirectoryItem } from '../../shared/extract/types.ts';
import type { Clip } from '../../shared/model.ts';
import { entryOrganisation, sharedEntryHosts } from './directory-entry.ts';
import type { ClipStamp } from './draft-to-clip.ts';

/**
 * One organisation clip per entry; the page's tags and notes go with each. The clip's source is
 * the directory page; an entry linked to a profile page on the directory's own host keeps that
 * page as its Source URL and no Website, so entries never share the directory's site; so does an
 * entry linked to a host several entries of the page (`listing`, every entry) link to.
 */
export function directoryClips(
  items: readonly DirectoryItem[],
  page: { sourceUrl: string; tags: string[]; notes?: string },
  stamp: () => ClipStamp,
  listing: readonly DirectoryItem[] = items,
): Clip[] {
  const sharedHosts = sharedEntryHosts(listing, page.sourceUrl);
  return items.map((item) => {
    const { id, capturedAt } = stamp();
    const entry = entryOrganisation(item, page.sourceUrl, sharedHosts);
    return {
      id,
      kind: 'organization',
      capturedAt,
      sourceUrl: page.sourceUrl,
      organization: {
        name: entry.name,
        website: entry.website,
        emails: [],
        phones: [],
        focusAreas: [],
        sdgs: [],
        sourceUrl: entry.sourceUrl,
        capturedAt,
      },
      notes: page.notes || undefined,
      tags: page.tags,
    };
  });
}

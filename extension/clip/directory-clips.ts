/** Turns the checked entries of a directory page into organisation clips, one per entry. */
import type { DirectoryItem } from '../../shared/extract/types.ts';
import type { Clip } from '../../shared/model.ts';
import type { ClipStamp } from './draft-to-clip.ts';

/** One organisation clip per entry; the page's tags and notes go with each. */
export function directoryClips(
  items: readonly DirectoryItem[],
  page: { sourceUrl: string; tags: string[]; notes?: string },
  stamp: () => ClipStamp,
): Clip[] {
  return items.map((item) => {
    const { id, capturedAt } = stamp();
    return {
      id,
      kind: 'organization',
      capturedAt,
      sourceUrl: page.sourceUrl,
      organization: {
        name: item.name,
        website: item.url ?? undefined,
        emails: [],
        phones: [],
        focusAreas: [],
        sdgs: [],
        sourceUrl: page.sourceUrl,
        capturedAt,
      },
      notes: page.notes || undefined,
      tags: page.tags,
    };
  });
}

/** Clip builders the identity tests share: fixed UUIDs by number and directory entry clips. */

/** A fixed, valid UUID for test clip `n`. */
export const testUuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** When every test clip was captured. */
export const CAPTURED_AT = '2026-11-22T10:00:00Z';

/**
 * A directory entry as the Clipper sends it: an entry on the directory's own host has no
 * Website and its profile link is its source.
 */
export function directoryEntryClip(directory: string, n: number, name: string, slug: string) {
  return {
    id: testUuid(n),
    kind: 'organization',
    capturedAt: CAPTURED_AT,
    sourceUrl: directory,
    organization: { name, website: '', sourceUrl: `${directory}${slug}/` },
  };
}

/** Id and capture time of the next clip of a numbered sequence (one sequence per test file). */
export function clipStamps(): () => { id: string; capturedAt: string } {
  let ids = 0;
  return () => {
    ids += 1;
    return { id: testUuid(ids), capturedAt: CAPTURED_AT };
  };
}

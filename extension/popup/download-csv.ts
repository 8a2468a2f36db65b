import type { StoredClip } from '../storage/clip-store.ts';

/** Saves every clip as a CSV file; papaparse is loaded only when the person exports. */
export async function downloadCsv(clips: readonly StoredClip[]): Promise<void> {
  const { clipsToCsv } = await import('../clip/clips-to-csv.ts');
  const url = URL.createObjectURL(new Blob([clipsToCsv(clips)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `partnerkit-clips-${new Date().toISOString().slice(0, 10)}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

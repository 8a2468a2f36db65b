/** Every clip as one CSV, for people without Sheets: formula-safe (OWASP) and quoted by papaparse. */
import Papa from 'papaparse';
import { toCsvField } from '../../shared/cell-safety.ts';
import type { StoredClip } from '../storage/clip-store.ts';

const COLUMNS: [string, (s: StoredClip) => unknown][] = [
  ['ID', (s) => s.clip.id],
  ['Kind', (s) => s.clip.kind],
  ['State', (s) => s.state],
  ['Name', (s) => s.clip.organization?.name],
  ['Type', (s) => s.clip.organization?.type],
  ['Website', (s) => s.clip.organization?.website],
  ['Emails', (s) => s.clip.organization?.emails],
  ['Phones', (s) => s.clip.organization?.phones],
  ['Country', (s) => s.clip.organization?.country],
  ['Opportunity', (s) => s.clip.opportunity?.title],
  ['Funder', (s) => s.clip.opportunity?.funderName],
  ['Source Type', (s) => s.clip.opportunity?.sourceType],
  ['Amount Min', (s) => s.clip.opportunity?.amountMin],
  ['Amount Max', (s) => s.clip.opportunity?.amountMax],
  ['Currency', (s) => s.clip.opportunity?.currency],
  ['Deadline', (s) => s.clip.opportunity?.deadline],
  ['Eligibility', (s) => s.clip.opportunity?.eligibility],
  ['Focus Areas', (s) => s.clip.opportunity?.focusAreas ?? s.clip.organization?.focusAreas],
  ['Tags', (s) => s.clip.tags],
  ['Notes', (s) => s.clip.notes],
  ['Source URL', (s) => s.clip.sourceUrl],
  ['Captured At', (s) => s.clip.capturedAt],
];

/** The clips as CSV text with a BOM, so Excel reads UTF-8. */
export function clipsToCsv(clips: readonly StoredClip[]): string {
  const data = clips.map((stored) => COLUMNS.map(([, read]) => toCsvField(read(stored))));
  return `\uFEFF${Papa.unparse({ fields: COLUMNS.map(([name]) => name), data }, { newline: '\r\n' })}`;
}

/** PRODUCT.md "Due diligence": readiness of a partner from its formation and legal checks. */
import { DUE_DILIGENCE_ITEMS } from '../workbook-schema.ts';

export type DueDiligenceItem = (typeof DUE_DILIGENCE_ITEMS)[number];
export const READINESS = ['ready', 'in progress', 'red flag'] as const;
export type Readiness = (typeof READINESS)[number];

/** What an item's cell says. */
export type ItemAnswer = 'yes' | 'no' | 'pending' | 'n/a' | 'blank' | 'unclear';

export interface DueDiligenceResult {
  readiness: Readiness;
  notes: string;
}

/** Reads an item's cell; "N/A", " Yes " and "na" are read as the person meant them. */
export function readAnswer(value: unknown): ItemAnswer {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  if (text === '') return 'blank';
  if (text === 'yes' || text === 'no' || text === 'pending') return text;
  if (text === 'n/a' || text === 'na' || text === 'n.a.') return 'n/a';
  return 'unclear';
}

/**
 * `red flag` when any item is `no`; `ready` when every item is `yes` or `n/a`; else `in progress`.
 * The notes name the `no` items first, then the pending, blank and unreadable ones.
 */
export function dueDiligenceReadiness(items: Partial<Record<DueDiligenceItem, unknown>>): DueDiligenceResult {
  const by = (answer: ItemAnswer) => DUE_DILIGENCE_ITEMS.filter((item) => readAnswer(items[item]) === answer);
  const no = by('no');
  const open = [
    ['Pending', by('pending')],
    ['Not checked yet', by('blank')],
    ['Not yes/no/pending/n/a', by('unclear')],
  ] as const;
  const parts = [
    ...(no.length > 0 ? [`No: ${no.join(', ')}.`] : []),
    ...open.flatMap(([label, names]) => (names.length > 0 ? [`${label}: ${names.join(', ')}.`] : [])),
  ];
  if (no.length > 0) return { readiness: 'red flag', notes: parts.join(' ') };
  if (parts.length > 0) return { readiness: 'in progress', notes: parts.join(' ') };
  return { readiness: 'ready', notes: 'Every item is yes or n/a.' };
}

/** Statuses whose stakeholders need a due diligence row. */
const CHECKED_STATUSES = new Set(['prospect', 'active']);

/** A name compared as people mean it: case and spacing ignored. */
export function partnerKey(name: unknown): string {
  return String(name ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Names of prospect or active stakeholders without a due diligence row, in sheet order, once each. */
export function partnersMissingDueDiligence(
  stakeholders: readonly { name: unknown; status: unknown }[],
  checkedPartners: readonly unknown[],
): string[] {
  const seen = new Set(checkedPartners.map(partnerKey));
  const missing: string[] = [];
  for (const { name, status } of stakeholders) {
    const key = partnerKey(name);
    if (key === '' || seen.has(key) || !CHECKED_STATUSES.has(partnerKey(status))) continue;
    seen.add(key);
    missing.push(String(name).trim());
  }
  return missing;
}

/** One line per read tab, to check before saving: kind, name or title, key fields, what is missing. */
import type { Draft } from '../clip/draft.ts';
import { findMissingFields } from '../clip/missing-fields.ts';
import type { TabReading } from './read-tabs.ts';

export interface ReadingLine {
  kind: 'organization' | 'opportunity';
  /** The name or title the row will get, else the tab's title. */
  name: string;
  /** The key fields found, in words ("KE", "up to 50,000 USD", "due 2027-03-15"). */
  facts: string[];
  /** Key fields the page did not give. */
  missing: string[];
}

/** The check line of a tab that was read. */
export function describeReading(reading: Extract<TabReading, { ok: true }>): ReadingLine {
  const { draft } = reading;
  const missing = [...findMissingFields(draft)] as string[];
  if (draft.kind === 'organization') {
    const o = draft.organization;
    if (!o.name.value.trim()) missing.unshift('name');
    const facts = [o.type.value, hostOf(o.website.value), o.country.value, o.emails.value[0]];
    if (reading.directory > 0) facts.push(`directory of ${reading.directory}: its owner is clipped`);
    return {
      kind: 'organization',
      name: o.name.value.trim() || reading.tab.title,
      facts: present(facts),
      missing,
    };
  }
  const o = draft.opportunity;
  if (!o.title.value.trim()) missing.unshift('title');
  const facts = [o.funderName.value, amountOf(draft), o.deadline.value && `due ${o.deadline.value}`];
  return {
    kind: 'opportunity',
    name: o.title.value.trim() || reading.tab.title,
    facts: present(facts),
    missing,
  };
}

function amountOf(draft: Draft): string {
  const { amountMin, amountMax, currency } = draft.opportunity;
  const [min, max] = [amountMin.value.trim(), amountMax.value.trim()];
  const range = min && max && min !== max ? `${min}–${max}` : max ? `up to ${max}` : min;
  return range ? `${range} ${currency.value}`.trim() : '';
}

const hostOf = (website: string) => website.replace(/^https?:\/\//i, '').replace(/\/$/, '');
const present = (facts: (string | undefined)[]) => facts.filter((f): f is string => Boolean(f?.trim()));

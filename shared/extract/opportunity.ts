import { findMoney } from './amounts.ts';
import { findDeadlines } from './deadlines.ts';
import { findEligibility } from './eligibility.ts';
import { selectAwardAmounts } from './money-selection.ts';
import type { PageContext } from './page-context.ts';
import type { SchemaNode } from './structured-data.ts';
import { structuredAmounts, structuredDeadline, structuredFunder } from './structured-opportunity.ts';
import { findTitle } from './title.ts';
import type { Field, OpportunityCapture } from './types.ts';
import { isReservedHost, resolveUrl } from './url-utils.ts';

/** Builds the opportunity a page describes; `funder` falls back to the page's organisation. */
export function buildOpportunity(
  page: PageContext,
  grant: SchemaNode | undefined,
  funder: Field<string>,
  country: string | null,
): OpportunityCapture {
  const amounts =
    structuredAmounts(grant) ?? selectAwardAmounts(findMoney(page.text.blocks), page.text.blocks, country);
  const structuredFunderName = structuredFunder(grant);
  return {
    title: findTitle(page, grant),
    funder: structuredFunderName
      ? { value: structuredFunderName, source: grant?.source ?? 'json-ld', confidence: 0.9 }
      : withIssuingUnit(funder, page),
    ...amounts,
    deadline: findDeadline(page, grant),
    eligibility: findEligibility(page.text.blocks),
    url: findOpportunityUrl(page),
  };
}

/** "Bureau of Health Workforce" on a line of its own at the top of a call: the unit of the funder that issues it. */
const UNIT =
  /^(?:Bureau|Office|Directorate|Division|Directorate-General|Center|Centre|Institute|Department) (?:of|for) \p{Lu}[\p{L}\s,&'’-]{3,60}$/u;

/** The funder with the issuing unit a call names in its opening lines ("…, Bureau of Health Workforce"). */
function withIssuingUnit(funder: Field<string>, page: PageContext): Field<string> {
  if (!funder) return funder;
  let seen = 0;
  for (const block of page.text.blocks) {
    if (block.chrome || block.footer) continue;
    if (++seen > 12) break;
    if (block.heading === 0 && UNIT.test(block.text) && !funder.value.includes(block.text))
      return { ...funder, value: `${funder.value}, ${block.text}` };
  }
  return funder;
}

function findDeadline(page: PageContext, grant: SchemaNode | undefined): Field<string> {
  const structured = structuredDeadline(grant);
  if (structured) return { value: structured, source: grant?.source ?? 'json-ld', confidence: 0.9 };
  const mentions = findDeadlines(page.text.blocks, page.meta.lang);
  const best = mentions.find((m) => m.strong) ?? mentions[0];
  return best ? { value: best.date, source: 'text', confidence: best.strong ? 0.75 : 0.55 } : null;
}

/** True when at least one dated deadline is stated near a deadline word. */
export function hasDeadline(page: PageContext): boolean {
  return findDeadlines(page.text.blocks, page.meta.lang).length > 0;
}

function findOpportunityUrl(page: PageContext): Field<string> {
  const base = page.url?.href ?? page.href;
  const canonical = resolveUrl(page.meta.canonical ?? page.meta.tags.get('og:url') ?? '', base);
  const url = canonical ?? page.url;
  if (!url || isReservedHost(url.hostname)) return null;
  return { value: url.href, source: canonical ? 'meta' : 'text', confidence: canonical ? 0.9 : 0.7 };
}

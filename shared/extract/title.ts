import { OPPORTUNITY_WORDS } from './kind.ts';
import type { PageContext } from './page-context.ts';
import { propText, type SchemaNode } from './structured-data.ts';
import { cleanText, normalizeName } from './text-utils.ts';
import type { ExtractedField } from './types.ts';

const LABELLED =
  /^(?:opportunity name|opportunity title|funding opportunity title|program(?:me)? name|program(?:me)? title|grant name|call title|title of (?:the )?(?:call|program(?:me)?|opportunity))\s*:\s*(.{4,250})$/i;
const TITLE_SEPARATOR = /\s+[|–—·•»-]\s+|\s*[|–—·•»]\s*/;

/** The opportunity's title: a labelled "Opportunity name:", structured data, the main heading, or the page title. */
export function findTitle(page: PageContext, grant: SchemaNode | undefined): ExtractedField<string> | null {
  const structured = grant ? propText(grant, 'name') : undefined;
  if (structured)
    return { value: cleanText(structured), source: grant?.source ?? 'json-ld', confidence: 0.9 };
  for (const block of page.text.blocks.slice(0, 400)) {
    const m = !block.chrome && block.text.match(LABELLED);
    if (m) return { value: cleanText(m[1] ?? ''), source: 'text', confidence: 0.85 };
  }
  const heading = mainHeading(page);
  if (heading) return { value: heading, source: 'text', confidence: 0.7 };
  const og = page.meta.tags.get('og:title') ?? page.meta.title;
  const first = og.split(TITLE_SEPARATOR)[0]?.trim();
  return first ? { value: first, source: 'meta', confidence: 0.5 } : null;
}

function mainHeading(page: PageContext): string | undefined {
  const blocks = page.text.blocks;
  const h1s = blocks
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => b.heading === 1 && !b.chrome && !b.footer && b.text.length <= 200);
  const titleSegments = new Set(page.meta.title.split(TITLE_SEPARATOR).map((t) => normalizeName(t)));
  const chosen =
    h1s.find(({ b }) => titleSegments.has(normalizeName(b.text))) ??
    h1s.find(({ b }) => OPPORTUNITY_WORDS.test(b.text)) ??
    h1s[0];
  if (!chosen) return undefined;
  const text = chosen.b.text;
  if (text.split(' ').length > 2) return text;
  for (const next of blocks.slice(chosen.i + 1, chosen.i + 4)) {
    if (
      next.heading > 1 &&
      !next.chrome &&
      next.text.length < 120 &&
      normalizeName(next.text).includes(normalizeName(text)) &&
      next.text.length > text.length
    ) {
      return next.text;
    }
  }
  return text;
}

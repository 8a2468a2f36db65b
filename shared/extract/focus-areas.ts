import type { PageMeta } from './meta.ts';
import { cleanText } from './text-utils.ts';
import type { ExtractedField } from './types.ts';
import type { TextBlock } from './visible-text.ts';

const HEADING =
  /\b(?:(?:our )?program(?:me)?s|program(?:me)? areas|focus(?: areas)?|priorit(?:y|ies)(?: areas)?|what we (?:fund|do|support)|areas of (?:work|focus|interest)|grantmaking categories|categories|themes|topics|issues|schwerpunkte|förderschwerpunkte|themen|áreas|ejes|thématiques|domaines)\b/i;
const MAX_AREAS = 10;

/** Focus areas: short entries under a "Programs"/"Focus areas"-like heading, else the page's keywords. */
export function findFocusAreas(blocks: TextBlock[], meta: PageMeta): ExtractedField<string>[] {
  const fromSection = areasUnderHeading(blocks);
  if (fromSection.length > 0) return fromSection.map((value) => ({ value, source: 'text', confidence: 0.5 }));
  const keywords = meta.tags.get('keywords') ?? meta.tags.get('news_keywords') ?? '';
  return keywords
    .split(/[,;]/)
    .map(cleanText)
    .filter((k) => k.length > 2 && k.length < 60)
    .slice(0, MAX_AREAS)
    .map((value) => ({ value, source: 'meta', confidence: 0.35 }));
}

function areasUnderHeading(blocks: TextBlock[]): string[] {
  for (let i = 0; i < blocks.length && i < 3000; i++) {
    const block = blocks[i] as TextBlock;
    if (
      block.heading === 0 ||
      block.chrome ||
      block.footer ||
      block.text.length > 60 ||
      !HEADING.test(block.text)
    )
      continue;
    const areas: string[] = [];
    for (const next of blocks.slice(i + 1, i + 30)) {
      if ((next.heading > 0 && next.heading <= block.heading) || next.chrome || next.footer) break;
      const text = next.text.replace(/[,.;:]+$/, '').replace(/^(?:and|und|et|y|e)\s+/i, '');
      if (text.length >= 3 && text.length <= 50 && !/[.!?]\s/.test(text)) areas.push(text);
      if (areas.length >= MAX_AREAS) break;
    }
    if (areas.length >= 2) return areas;
  }
  return [];
}

import { truncate } from './text-utils.ts';
import type { ExtractedField } from './types.ts';
import type { TextBlock } from './visible-text.ts';

const HEADING =
  /\b(?:eligib\w*|who (?:can|may|should) apply|who is eligible|requirements|criteria|teilnahmeberechtig\w*|voraussetzungen|antragsberechtig\w*|elegibilidad|requisitos|éligibilité|qui peut|conditions d'éligibilité|quem pode|elegibilidade|кто может)/i;
const KEYWORD = /\b(?:eligible|eligibility|may apply|can apply|open to)\b/i;
const MAX = 700;
const LIST_ITEMS = 7;
const SENTENCES = 2;
/** Where a sentence ends: after a word of two letters or more, so "U.S. applicants" or "Inc. members" stays whole. */
const SENTENCE_END = /(?<=[\p{Ll}\p{N})]{2}[.!?])\s+(?=[\p{Lu}"“(])/u;

/** The first sentences of an eligibility paragraph: who may apply, before the exclusions and fine print. */
function firstSentences(text: string): string {
  return text.split(SENTENCE_END).slice(0, SENTENCES).join(' ');
}

/** Who may apply: the section under an "Eligibility"-like heading, else the first sentence about eligibility. */
export function findEligibility(blocks: TextBlock[]): ExtractedField<string> | null {
  const start = blocks.findIndex(
    (b) => b.heading > 0 && !b.chrome && !b.footer && HEADING.test(b.text) && b.text.length < 120,
  );
  if (start >= 0) {
    const level = (blocks[start] as TextBlock).heading;
    const parts: string[] = [];
    for (const block of blocks.slice(start + 1, start + 40)) {
      if ((block.heading > 0 && block.heading <= level) || block.footer) break;
      if (block.chrome || block.heading > 0) continue;
      parts.push(block.text);
      // A lead-in ("Applicants must:") brings its list; a paragraph is enough on its own.
      if (parts.length === 1 && !/:\s*$/.test(block.text)) break;
      if (parts.length >= LIST_ITEMS || parts.join(' ').length > MAX) break;
    }
    if (parts.length > 0) {
      const value = parts.length === 1 ? firstSentences(parts[0] ?? '') : parts.join(' ');
      return { value: truncate(value, MAX), source: 'text', confidence: 0.6 };
    }
  }
  for (const block of blocks.slice(0, 3000)) {
    if (block.chrome || block.footer) continue;
    const text = block.text.slice(0, 3000);
    const at = text.search(KEYWORD);
    if (at < 0) continue;
    const end = text.indexOf('. ', at);
    const sentence = text.slice(text.lastIndexOf('. ', at) + 1, end < 0 ? undefined : end + 1).trim();
    return { value: truncate(sentence, MAX), source: 'text', confidence: 0.4 };
  }
  return null;
}

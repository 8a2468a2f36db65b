import { cleanText } from './text-utils.ts';
import type { TextBlock } from './visible-text.ts';

/** "Our focus areas are …", "Priorities include …", "Areas of work: …". */
const STATED =
  /\b(?:focus areas?|areas of (?:focus|work|interest)|(?:priority|program(?:me)?|thematic|funding) areas|priorities)\s*(?:are|include|:)\s+(?:on\s+)?/gi;
/** "We fund groups working in …", "We support projects on …". */
const FUNDED =
  /\bwe (?:fund|support|invest in|make grants (?:to|for)|award grants (?:to|for))\b[^.;:!?]{0,60}?\b(?:in|on|around|across|addressing|tackling)\s+/gi;
const LEADING = /^(?:and|or|also|including|such as|the|a|an)\s+/i;
const NOT_AN_AREA = /[@?]|https?:|\d{3}|^(?:to|be|that|which|we|our|is|are|being)\b/i;
const MAX_WORDS = 6;

/** Focus areas a sentence of the main text lists, in page order. */
export function areasInSentences(blocks: TextBlock[], max: number): string[] {
  const out: string[] = [];
  for (const block of blocks.slice(0, 600)) {
    if (block.heading > 0 || block.chrome || block.footer) continue;
    const text = block.text.slice(0, 3000);
    for (const [pattern, places] of [
      [STATED, true],
      [FUNDED, false],
    ] as const) {
      for (const m of text.matchAll(pattern)) {
        out.push(...listAt(text.slice((m.index ?? 0) + m[0].length), places));
        if (out.length >= max) return out;
      }
    }
  }
  return out;
}

/** The items of the list that opens `rest`, or none when it does not read as a list of topics. */
function listAt(rest: string, allowNames: boolean): string[] {
  const sentence = (rest.match(/^.{3,300}?(?=[.!?](?:\s|$)|\s[—–]\s|$)/)?.[0] ?? '').replace(
    /\([^)]*\)/g,
    ' ',
  );
  const parts = sentence.includes(';') ? sentence.split(';') : sentence.split(',');
  const last = parts.pop() ?? '';
  parts.push(...last.split(/\s+(?:and|or|as well as)\s+/i));
  const items = parts.map(cleanItem).filter(Boolean);
  const areas = items.filter((item) => isArea(item, allowNames));
  return areas.length >= 2 && areas.length === items.length ? areas : [];
}

function cleanItem(part: string): string {
  let item = cleanText(part).replace(/\s*\betc\b\.?$/i, '');
  for (let i = 0; i < 3 && LEADING.test(item); i++) item = item.replace(LEADING, '');
  return item.replace(/^["“‘']|["”’'.,:]+$/g, '');
}

function isArea(item: string, allowNames: boolean): boolean {
  const words = item.split(' ');
  if (item.length < 3 || item.length > 60 || words.length > MAX_WORDS || NOT_AN_AREA.test(item)) return false;
  return allowNames || !words.some((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

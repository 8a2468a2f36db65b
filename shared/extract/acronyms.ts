import { LIMITS } from './limits.ts';
import type { TextBlock } from './visible-text.ts';

const DEFINITION =
  /((?:[A-Z\u00c0-\u00de\u0400-\u042f][\p{L}'’.&-]*|of|for|the|and|on|in|de|du|des|la|le|für|und|der|&)(?:\s+(?:[A-Z\u00c0-\u00de\u0400-\u042f][\p{L}'’.&-]*|of|for|the|and|on|in|de|du|des|la|le|für|und|der|&)){1,9})\s*\(([A-Z][A-Za-z0-9&-]{1,9})\)/gu;

/** True when `acronym` abbreviates `phrase` ("BMBF" ↔ "Bundesministerium für Bildung und Forschung"). */
export function isAcronymOf(acronym: string, phrase: string): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toLowerCase();
  const words = phrase.split(/[\s-]+/).filter(Boolean);
  if (letters.length < 2 || words.length < 2) return false;
  const initials = words.map((w) => w.charAt(0).toLowerCase()).join('');
  if (initials.charAt(0) !== letters.charAt(0)) return false;
  let hits = 0;
  for (const ch of letters) if (initials.includes(ch)) hits++;
  if (hits * 2 < letters.length) return false;
  const flat = phrase.toLowerCase();
  let at = 0;
  for (const ch of letters) {
    at = flat.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Acronyms a page defines as "Full Name (ACR)", with how often each acronym is used. */
export function findAcronyms(blocks: TextBlock[]): Map<string, { expansion: string; count: number }> {
  const found = new Map<string, { expansion: string; count: number }>();
  const limit = Math.min(blocks.length, LIMITS.scanBlocks);
  for (let i = 0; i < limit; i++) {
    const text = (blocks[i] as TextBlock).text.slice(0, 2000);
    if (!text.includes('(')) continue;
    for (const m of text.matchAll(DEFINITION)) {
      const acronym = m[2] ?? '';
      const expansion = trimToAcronym(m[1] ?? '', acronym);
      if (expansion && !found.has(acronym)) found.set(acronym, { expansion, count: 0 });
    }
  }
  countUses(blocks, found);
  return found;
}

function trimToAcronym(phrase: string, acronym: string): string | undefined {
  const words = phrase.split(/\s+/);
  for (let start = 0; start < words.length - 1; start++) {
    const candidate = words.slice(start).join(' ');
    if (/^(?:the|of|for|and|on|in|de|du|des|la|le|für|und|der|&)$/i.test(words[start] ?? '')) continue;
    if (isAcronymOf(acronym, candidate)) return candidate;
  }
  return undefined;
}

function countUses(blocks: TextBlock[], found: Map<string, { expansion: string; count: number }>): void {
  if (found.size === 0 || found.size > 200) return;
  const limit = Math.min(blocks.length, LIMITS.scanBlocks);
  for (let i = 0; i < limit; i++) {
    const words = (blocks[i] as TextBlock).text.slice(0, 2000).match(/[A-Z][A-Za-z0-9&-]{1,9}/g) ?? [];
    for (const word of words) {
      const entry = found.get(word);
      if (entry) entry.count++;
    }
  }
}

const CAPITALISED = /[A-Z][\p{L}'’-]+(?:\s+(?:(?:of|for|the|and|on|in|&)\s+)?[A-Z][\p{L}'’-]+){1,8}/gu;

/** A capitalised phrase in the text whose initials spell `acronym` exactly, when the acronym is used at least three times. */
export function expandAcronym(acronym: string, blocks: TextBlock[]): string | undefined {
  const limit = Math.min(blocks.length, LIMITS.scanBlocks);
  let uses = 0;
  let found: string | undefined;
  for (let i = 0; i < limit; i++) {
    const text = (blocks[i] as TextBlock).text.slice(0, 2000);
    if (text.includes(acronym)) uses++;
    if (found) continue;
    for (const m of text.matchAll(CAPITALISED)) {
      const initials = m[0]
        .split(/\s+/)
        .filter((w) => /^[A-Z]/.test(w))
        .map((w) => w.charAt(0))
        .join('');
      if (initials === acronym) {
        found = m[0];
        break;
      }
    }
  }
  return uses >= 3 ? found : undefined;
}

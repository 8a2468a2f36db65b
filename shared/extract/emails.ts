import { LIMITS } from './limits.ts';
import type { ExtractedField } from './types.ts';
import { registrableDomain } from './url-utils.ts';
import type { PageText } from './visible-text.ts';

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,18}\b/g;
const AT = String.raw`\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|<\s*at\s*>)\s*|\s+at\s+`;
const DOT = String.raw`\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\})\s*|\s+dot\s+|\.`;
const OBFUSCATED = new RegExp(
  String.raw`\b([A-Za-z0-9._%+-]{1,64})(?:${AT})([A-Za-z0-9-]{1,63}(?:(?:${DOT})[A-Za-z0-9-]{1,63}){1,4})\b`,
  'gi',
);
const COMMON_TLDS =
  /^(?:com|org|net|edu|gov|int|info|io|co|ngo|eu|uk|de|fr|es|pt|it|nl|be|ch|at|se|no|dk|fi|cz|pl|ie|ca|au|nz|in|za|br|mx|ar|cl|jp|cn|ru|us)$/i;
const MAIL_WORDS = /\b(?:e-?mail|mail|write|contact|courriel|correo|kontakt)/i;
const FILE_EXT = /\.(?:png|jpe?g|gif|svg|webp|css|js)$/i;
/** Template addresses; realistic reserved names (grants@fund.example.org, a@trust.example) are kept. */
const PLACEHOLDER =
  /^(?:x+|your-?e?mail|your\.?name)@|@(?:www\.)?(?:example\.(?:com|org|net)|(?:your-?)?domain\.com|your-?(?:site|company|website)\.com)$/i;

interface EmailHit {
  email: string;
  link: boolean;
}

/**
 * Finds the e-mail addresses a page gives for its organisation: the structured ones first, then mailto links,
 * plain and obfuscated text on the site's (or a structured address's) domain.
 */
export function findEmails(
  text: PageText,
  siteHost: string | undefined,
  structured: ExtractedField<string>[] = [],
): ExtractedField<string>[] {
  const own = structured.filter((f) => isEmail(f.value));
  const ownKeys = new Set(own.map((f) => f.value.toLowerCase()));
  const ownDomains = [siteHost ?? '', ...own.map((f) => f.value.split('@')[1] ?? '')]
    .filter(Boolean)
    .map(registrableDomain);
  const found = textEmails(text, ownDomains).filter((f) => !ownKeys.has(f.value.toLowerCase()));
  return [...new Map(own.map((f) => [f.value.toLowerCase(), f])).values(), ...found];
}

function textEmails(text: PageText, ownDomains: string[]): ExtractedField<string>[] {
  const hits = [...emailsFromLinks(text), ...emailsFromText(text)];
  const unique = new Map<string, EmailHit>();
  for (const hit of hits) {
    const key = hit.email.toLowerCase();
    const known = unique.get(key);
    if (!known) unique.set(key, hit);
    else known.link = known.link || hit.link;
  }
  const kept = keepOwnDomain([...unique.values()], ownDomains);
  return kept.map((hit) => ({ value: hit.email, source: 'text', confidence: hit.link ? 0.9 : 0.8 }));
}

function emailsFromLinks(text: PageText): EmailHit[] {
  const out: EmailHit[] = [];
  for (const link of text.links) {
    if (!/^mailto:/i.test(link.href)) continue;
    const shown = link.text.match(/^[^\s@]+@[^\s@]+\.[A-Za-z]{2,18}$/)?.[0];
    const target = safeDecode(link.href.slice(7).split('?')[0] ?? '').trim();
    const email = shown ?? target;
    if (isEmail(email)) out.push({ email, link: true });
  }
  return out;
}

function emailsFromText(text: PageText): EmailHit[] {
  const out: EmailHit[] = [];
  const blocks = text.blocks.slice(0, LIMITS.scanBlocks);
  for (const block of blocks) {
    if (block.text.includes('@')) {
      for (const m of block.text.matchAll(EMAIL)) if (isEmail(m[0])) out.push({ email: m[0], link: false });
    }
    if (!/\bat\b|\[at\]|\(at\)/i.test(block.text)) continue;
    const mailWords = MAIL_WORDS.test(block.text);
    for (const m of block.text.slice(0, 2000).matchAll(OBFUSCATED)) {
      if (!mailWords && !/[[({<]/.test(m[0])) continue;
      const email = deobfuscate(m[1] ?? '', m[2] ?? '');
      if (email && isEmail(email)) out.push({ email, link: false });
    }
  }
  return out;
}

function deobfuscate(local: string, domain: string): string | undefined {
  const host = domain.replace(new RegExp(DOT, 'gi'), '.').toLowerCase();
  const tld = host.split('.').pop() ?? '';
  // Any country-code domain (all are two letters: "kilimawater.or.ke") or a common generic one.
  return COMMON_TLDS.test(tld) || /^[a-z]{2}$/.test(tld) ? `${local}@${host}` : undefined;
}

function isEmail(value: string): boolean {
  return (
    /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,18}$/.test(value) &&
    !FILE_EXT.test(value) &&
    !PLACEHOLDER.test(value)
  );
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function keepOwnDomain(hits: EmailHit[], ownDomains: string[]): EmailHit[] {
  if (hits.length === 0) return hits;
  const domainOf = (hit: EmailHit) => registrableDomain(hit.email.split('@')[1] ?? '');
  const own = hits.filter((hit) => ownDomains.includes(domainOf(hit)));
  if (own.length > 0) return own;
  const counts = new Map<string, number>();
  for (const hit of hits) counts.set(domainOf(hit), (counts.get(domainOf(hit)) ?? 0) + 1);
  let best = '';
  for (const [domain, count] of counts) if (count > (counts.get(best) ?? 0)) best = domain;
  return hits.filter((hit) => domainOf(hit) === best);
}

import type { SchemaNode } from './structured-data.ts';
import type { ExtractedField, OrgType } from './types.ts';
import type { TextBlock } from './visible-text.ts';

const SCHEMA_TYPES: [RegExp, OrgType][] = [
  [/^ngo$/, 'ngo'],
  [/^(?:governmentorganization|governmentoffice|fundingagency)$/, 'government'],
  [
    /^(?:educationalorganization|collegeoruniversity|school|highschool|middleschool|elementaryschool|preschool|researchorganization)$/,
    'academic',
  ],
  [/^(?:corporation|localbusiness|onlinebusiness|airline|store)$/, 'corporate'],
];
const STRONG_NAME: [RegExp, OrgType][] = [
  [
    /\b(?:united nations|world bank|unesco|unicef|undp|unhcr|oecd|world health organization|european (?:commission|union|parliament|investment|council)|development bank|international monetary fund|african union|\bUN\b|UN-\w+)|^European\b.*\b(?:Executive )?(?:Agency|Authority|Office|Centre|Center|Fund|Institute|Foundation|Bank|Court|Board)\b/i,
    'multilateral',
  ],
  [
    /\b(?:ministry|\w*ministeri\w*|bundesamt\w*|ministère|ministerio|ministério|ministerstvo|министерство|bundesamt|department of|office (?:of|for)|departamento|administration|agency|bureau|government|municipality|city of|county of|state of|council of|public library|commission|secretariat|governo|gobierno|gouvernement|regierung)\b/i,
    'government',
  ],
  [
    /\b(?:foundation|stiftung|fondation|fundación|fundação|fondazione|stichting|fonds?|fund|фонд|trust|endowment|charitable fund)\b/i,
    'foundation',
  ],
  [
    /\b(?:university|universität|université|universidad|universidade|college|school|academy|institute of technology|polytechnic|hochschule|école|escuela|escola)\b/i,
    'academic',
  ],
  [
    /\b(?:inc|llc|ltd|gmbh|ag|plc|corp|corporation|company|s\.a|s\.l|sarl|bv|pty)\b\.?$|\b(?:company|corporation|bank)\b/i,
    'corporate',
  ],
  [/\b(?:club|neighbou?rhood|residents|community|gemeinschaft|verein)\b/i, 'community'],
  [
    /\b(?:society|association|league|federation|church|alliance|network|council|coalition|union|ngo|e\.v\.|asociación|associação|association)\b/i,
    'ngo',
  ],
];
const SENTENCE_NOUNS: [RegExp, OrgType][] = [
  [
    /\b(?:private|public|charitable|family|community|grantmaking|philanthropic)?\s*foundation\b/i,
    'foundation',
  ],
  [/\b(?:government|federal|state|public) (?:agency|department|body|office)\b/i, 'government'],
  [/\b(?:university|college|research institute|school)\b/i, 'academic'],
  [/\b(?:company|corporation|manufacturer|retailer|business|firm)\b/i, 'corporate'],
  [/\b(?:[\w-]+\s)?community\b/i, 'community'],
  [
    /\b(?:non-?profit|not-for-profit|charity|ngo|non-governmental|association|society|organi[sz]ation)\b/i,
    'ngo',
  ],
];
/** Hosts of the EU institutions, UN bodies and other treaty organisations (.int is reserved for them). */
const MULTILATERAL_HOST =
  /(?:^|\.)(?:europa\.eu|[a-z]+\.int|un\.org|undp\.org|unicef\.org|unesco\.org|worldbank\.org|oecd\.org|afdb\.org|adb\.org|iadb\.org|ifad\.org|wfp\.org|fao\.org|ilo\.org|unhcr\.org|unfpa\.org|unep\.org|uncdf\.org|au\.int)$/;
/** A company speaking of its own giving: "corporate giving", "1% of sales", "our customers", "our stores". */
const CORPORATE_VOICE =
  /\b(?:corporate (?:giving|philanthropy|social responsibility|citizenship|foundation)|(?:%|per ?cent) of (?:our )?(?:sales|profits|revenue)|our (?:customers|stores|shops|products|shareholders|brands?|employees and customers)|employee (?:giving|volunteering|matching)|matching gifts? program)\b/gi;
const COMMERCE = /\b(?:customers?|prices?|products?|shop|cart|buy|purchase|dealers?|retail)\b/gi;
const NONPROFIT =
  /\b(?:non-?profit|charity|charitable|501\s?\(c\)|donate|donation|foundation|volunteers?)\b/i;

/** The organisation's type, from its schema.org type, its name, a "NAME is a …" sentence, its domain and vocabulary. */
export function findOrgType(
  name: string | null,
  schema: SchemaNode | undefined,
  host: string,
  blocks: TextBlock[],
): ExtractedField<OrgType> | null {
  const fromSchema = schema?.types.map((t) => SCHEMA_TYPES.find(([re]) => re.test(t))?.[1]).find(Boolean);
  if (fromSchema) return { value: fromSchema, source: schema?.source ?? 'json-ld', confidence: 0.9 };
  const bare = (name ?? '').replace(/\s*\([^)]*\)\s*$/, '');
  const fromName = STRONG_NAME.find(([re]) => re.test(bare))?.[1];
  if (fromName) return { value: fromName, source: 'text', confidence: 0.75 };
  if (MULTILATERAL_HOST.test(host)) return { value: 'multilateral', source: 'text', confidence: 0.75 };
  if (/\.(?:gov|mil)(?:\.[a-z]{2})?$|\.gouv\.[a-z]{2}$|\.gob\.[a-z]{2}$/.test(host))
    return { value: 'government', source: 'text', confidence: 0.7 };
  if (/\.edu(?:\.[a-z]{2})?$|\.ac\.[a-z]{2}$/.test(host))
    return { value: 'academic', source: 'text', confidence: 0.7 };
  const fromSentence = bare ? typeFromSentence(bare, blocks) : undefined;
  if (fromSentence) return { value: fromSentence, source: 'text', confidence: 0.6 };
  if (isCommercial(blocks)) return { value: 'corporate', source: 'text', confidence: 0.45 };
  if (isCompanyGiving(blocks)) return { value: 'corporate', source: 'text', confidence: 0.5 };
  return name ? { value: 'ngo', source: 'text', confidence: 0.3 } : null;
}

function typeFromSentence(name: string, blocks: TextBlock[]): OrgType | undefined {
  const first = name.split(' ')[0] ?? name;
  for (const block of blocks.slice(0, 3000)) {
    const key = block.text.includes(name) ? name : first.length >= 3 ? first : name;
    if (!block.text.includes(key)) continue;
    const at = block.text.indexOf(key);
    const tail = block.text.slice(at, at + name.length + 120);
    const m = tail.match(
      /\b(?:is|was|are|ist|est|es|é)\s+(?:a|an|the|ein|eine|une?|una?|uma?)\s+([^.;:]{3,90})/i,
    );
    if (!m) continue;
    const noun = SENTENCE_NOUNS.find(([re]) => re.test(m[1] ?? ''))?.[1];
    if (noun) return noun;
  }
  return undefined;
}

function isCommercial(blocks: TextBlock[]): boolean {
  const seen = new Set<string>();
  let nonprofit = false;
  for (const block of blocks.slice(0, 3000)) {
    for (const m of block.text.slice(0, 2000).matchAll(COMMERCE))
      seen.add((m[0] ?? '').toLowerCase().replace(/s$/, ''));
    if (!nonprofit && NONPROFIT.test(block.text)) nonprofit = true;
  }
  return seen.size >= 2 && !nonprofit;
}

/**
 * A company's giving page talks about nonprofits and donations, which hides it from `isCommercial`; it is
 * told by a company's voice ("corporate giving", "1% of sales", "our customers") together with shop
 * words or a company's legal name in its copyright or address line.
 */
function isCompanyGiving(blocks: TextBlock[]): boolean {
  const voices = new Set<string>();
  const commerce = new Set<string>();
  let legal = false;
  for (const block of blocks.slice(0, 3000)) {
    const text = block.text.slice(0, 2000);
    for (const m of text.matchAll(CORPORATE_VOICE)) voices.add((m[0] ?? '').toLowerCase());
    for (const m of text.matchAll(COMMERCE)) commerce.add((m[0] ?? '').toLowerCase().replace(/s$/, ''));
    if (!legal && block.footer && text.length < 300)
      legal = text.split(/[·|•]/).some((part) => LEGAL_COPYRIGHT.test(part));
  }
  return voices.size >= 2 || (voices.size >= 1 && (legal || commerce.size >= 2));
}

const LEGAL_COPYRIGHT =
  /(?:©|\(c\)|copyright)[^,]{0,60}?,?\s+(?:Inc|LLC|Ltd|Limited|GmbH|AG|plc|Corp|Corporation)\.?\s*(?:All rights reserved\.?)?$/i;

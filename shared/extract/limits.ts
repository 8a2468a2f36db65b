/** Upper bounds that keep extraction time bounded on any page. */
export const LIMITS = {
  /** Elements visited by the text walker. */
  nodes: 120_000,
  /** Characters of visible text kept. */
  text: 1_500_000,
  /** Characters kept per text block. */
  blockText: 4_000,
  /** Links kept. */
  links: 20_000,
  /** Characters kept of a link's text. */
  linkText: 300,
  /** JSON-LD scripts parsed, and characters per script. */
  jsonLdScripts: 40,
  jsonLdChars: 400_000,
  /** Objects visited inside structured data. */
  structuredNodes: 3_000,
  /** Microdata scopes read. */
  microdataScopes: 300,
  /** Blocks scanned for amounts, deadlines, emails, phones. */
  scanBlocks: 6_000,
  /** Directory entries returned. */
  items: 2_000,
} as const;

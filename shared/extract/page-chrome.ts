const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'TITLE',
  'META',
  'LINK',
  'BUTTON',
  'MATH',
  'VIDEO',
  'AUDIO',
  'MAP',
]);
/** Elements that start a new text block. */
export const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'TR',
  'TD',
  'TH',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BR',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'NAV',
  'UL',
  'OL',
  'TABLE',
  'DT',
  'DD',
  'DL',
  'ASIDE',
  'MAIN',
  'FORM',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'FIGCAPTION',
  'ADDRESS',
  'CAPTION',
  'HR',
  'BODY',
  'HTML',
  'HEAD',
  'CENTER',
  'FIELDSET',
  'LEGEND',
  'DETAILS',
  'SUMMARY',
]);
const CHROME_TAGS = new Set(['NAV', 'ASIDE']);
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'complementary',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'search',
  'tablist',
]);
const CHROME_CLASS =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar|cookies?|consent|gdpr|cookielaw|modal|popup|share|sharing|social|skip|screen-reader-text|sr-only|visually-hidden|element-invisible|masthead|topbar|top-bar|banner|account-(?:bar|strip|menu|links)|user-?(?:bar|menu|nav|links)|login(?:-bar|-links)?|utility-(?:bar|nav|links))(?:$|[\s_-])/i;
const FOOTER_CLASS = /(?:^|[\s_-])(?:footer|colophon)(?:$|[\s_-])/i;
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Where the walker is: inside how many chrome, footer, main and table elements, and under which heading. */
export interface Frame {
  chrome: number;
  footer: number;
  main: number;
  heading: number;
  table: number;
}

/** True when an element is not rendered or is hidden from readers. */
export function isHidden(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (el.tagName === 'INPUT') return true;
  const style = el.getAttribute('style');
  return style !== null && style.length < 2000 && HIDDEN_STYLE.test(style);
}

function classOf(el: Element): string {
  const value = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return value.length > 500 ? value.slice(0, 500) : value;
}

/** The ancestors of the page's first few H1s: never treated as chrome whatever their class says. */
export function headingAncestors(doc: Document, h1s?: Element[]): Set<Element> {
  const keep = new Set<Element>();
  const headings = h1s ?? doc.querySelectorAll('h1');
  for (let i = 0; i < headings.length && i < 5; i++) {
    let el = headings[i]?.parentElement ?? null;
    for (let depth = 0; el && depth < 200; depth++, el = el.parentElement) keep.add(el);
  }
  return keep;
}

/** The frame of an element's children, given its parent's frame. */
export function frameFor(el: Element, parent: Frame, keep: Set<Element>): Frame {
  const tag = el.tagName;
  const role = el.getAttribute('role') ?? '';
  const cls = keep.has(el) ? '' : classOf(el);
  const isMain = tag === 'MAIN' || tag === 'ARTICLE' || role === 'main';
  const isFooter =
    (tag === 'FOOTER' && parent.main === 0) || role === 'contentinfo' || FOOTER_CLASS.test(cls);
  const isChrome =
    CHROME_TAGS.has(tag) ||
    (tag === 'HEADER' && parent.main === 0 && !keep.has(el)) ||
    CHROME_ROLES.has(role) ||
    CHROME_CLASS.test(cls);
  const level = /^H[1-6]$/.test(tag) ? Number(tag[1]) : parent.heading;
  return {
    chrome: parent.chrome + (isChrome ? 1 : 0),
    footer: parent.footer + (isFooter ? 1 : 0),
    main: parent.main + (isMain ? 1 : 0),
    heading: level,
    table: parent.table + (tag === 'TD' || tag === 'TH' ? 1 : 0),
  };
}

/** True when an element sits inside navigation, header, footer, sidebar, dialog or similar chrome. */
export function isInChrome(el: Element, keep: Set<Element>): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 60; depth++, node = node.parentElement) {
    if (keep.has(node)) return false;
    const tag = node.tagName;
    const role = node.getAttribute('role') ?? '';
    if (
      CHROME_TAGS.has(tag) ||
      tag === 'HEADER' ||
      tag === 'FOOTER' ||
      CHROME_ROLES.has(role) ||
      role === 'contentinfo'
    )
      return true;
    const cls = classOf(node);
    if (CHROME_CLASS.test(cls) || FOOTER_CLASS.test(cls)) return true;
  }
  return false;
}

import { LIMITS } from './limits.ts';

/** A run of visible text between block boundaries, with where on the page it sits. */
export interface TextBlock {
  text: string;
  /** Inside navigation, header, sidebar, dialog, cookie banner or similar page chrome. */
  chrome: boolean;
  /** Inside the page footer. */
  footer: boolean;
  /** Heading level 1–6, or 0 for body text. */
  heading: number;
  /** Index of the nearest preceding content heading (−1 before any). */
  section: number;
  /** Inside a table cell. */
  table: boolean;
}

/** A link with its visible text and location. */
export interface PageLink {
  href: string;
  text: string;
  chrome: boolean;
  footer: boolean;
  block: number;
  el: Element;
}

/** The visible text of a page, as blocks in document order, plus its links. */
export interface PageText {
  blocks: TextBlock[];
  links: PageLink[];
  truncated: boolean;
}

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
const BLOCK_TAGS = new Set([
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
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar|cookies?|consent|gdpr|cookielaw|modal|popup|share|sharing|social|skip|screen-reader-text|sr-only|visually-hidden|element-invisible|masthead|topbar|top-bar|banner)(?:$|[\s_-])/i;
const FOOTER_CLASS = /(?:^|[\s_-])(?:footer|colophon)(?:$|[\s_-])/i;
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

interface Frame {
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
export function headingAncestors(doc: Document): Set<Element> {
  const keep = new Set<Element>();
  const headings = doc.querySelectorAll('h1');
  for (let i = 0; i < headings.length && i < 5; i++) {
    let el = headings[i]?.parentElement ?? null;
    for (let depth = 0; el && depth < 200; depth++, el = el.parentElement) keep.add(el);
  }
  return keep;
}

function frameFor(el: Element, parent: Frame, keep: Set<Element>): Frame {
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

/** Walks a document once, iteratively and within fixed limits, and returns its visible text blocks and links. */
export function readVisibleText(doc: Document, keep: Set<Element> = headingAncestors(doc)): PageText {
  const walker = new TextWalker(keep);
  walker.walk(doc);
  return walker.result();
}

type StackEntry = { node: Node; frame: Frame } | { exit: Element; frame: Frame; anchor: boolean };

class TextWalker {
  private readonly blocks: TextBlock[] = [];
  private readonly links: PageLink[] = [];
  private readonly anchors: { href: string; text: string; el: Element; frame: Frame }[] = [];
  private buffer = '';
  private total = 0;
  private section = -1;
  private visited = 0;
  private truncated = false;

  constructor(private readonly keep: Set<Element>) {}

  walk(root: Node): void {
    const stack: StackEntry[] = [
      { node: root, frame: { chrome: 0, footer: 0, main: 0, heading: 0, table: 0 } },
    ];
    while (stack.length > 0) {
      const entry = stack.pop() as StackEntry;
      if ('exit' in entry) {
        this.leave(entry.exit, entry.frame, entry.anchor);
        continue;
      }
      if (++this.visited > LIMITS.nodes || this.total > LIMITS.text) {
        this.truncated = true;
        break;
      }
      this.visit(entry.node, entry.frame, stack);
    }
    this.flush({ chrome: 0, footer: 0, main: 0, heading: 0, table: 0 });
  }

  private visit(node: Node, frame: Frame, stack: StackEntry[]): void {
    if (node.nodeType === 3) {
      this.addText(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    let childFrame = frame;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isHidden(el)) return;
      childFrame = frameFor(el, frame, this.keep);
      const block = BLOCK_TAGS.has(el.tagName);
      if (block) this.flush(frame);
      const anchor = el.tagName === 'A' && el.hasAttribute('href');
      if (anchor) this.anchors.push({ href: el.getAttribute('href') ?? '', text: '', el, frame: childFrame });
      if (block || anchor) stack.push({ exit: el, frame: childFrame, anchor });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, frame: childFrame });
    }
  }

  private leave(el: Element, frame: Frame, anchor: boolean): void {
    if (anchor) {
      const open = this.anchors.pop();
      if (open && this.links.length < LIMITS.links) {
        const text = open.text.replace(/\s+/g, ' ').trim();
        this.links.push({
          href: open.href.trim(),
          text,
          chrome: open.frame.chrome > 0,
          footer: open.frame.footer > 0,
          block: this.blocks.length,
          el: open.el,
        });
      }
    }
    if (BLOCK_TAGS.has(el.tagName)) this.flush(frame);
  }

  private addText(text: string): void {
    if (text.length === 0) return;
    if (this.buffer.length < LIMITS.blockText) this.buffer += text.slice(0, LIMITS.blockText);
    const anchor = this.anchors[this.anchors.length - 1];
    if (anchor && anchor.text.length < LIMITS.linkText) anchor.text += text.slice(0, LIMITS.linkText);
  }

  private flush(frame: Frame): void {
    if (this.buffer.length === 0) return;
    const text = this.buffer.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
    this.buffer = '';
    if (text.length === 0) return;
    this.total += text.length;
    const chrome = frame.chrome > 0;
    if (frame.heading > 0 && !chrome && frame.footer === 0) this.section = this.blocks.length;
    this.blocks.push({
      text,
      chrome,
      footer: frame.footer > 0,
      heading: frame.heading,
      section: this.section,
      table: frame.table > 0,
    });
  }

  result(): PageText {
    return { blocks: this.blocks, links: this.links, truncated: this.truncated };
  }
}

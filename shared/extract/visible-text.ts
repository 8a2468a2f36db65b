import { firstChildOf, reverseFrom } from './element-index.ts';
import { LIMITS } from './limits.ts';
import { BLOCK_TAGS, type Frame, frameFor, headingAncestors, isHidden } from './page-chrome.ts';

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
    const start = stack.length;
    for (let child = firstChildOf(node); child; child = child.nextSibling) {
      stack.push({ node: child, frame: childFrame });
    }
    reverseFrom(stack, start);
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

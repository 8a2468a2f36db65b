import { type ElementIndex, elementsOf, indexElements } from './element-index.ts';
import { readJsonLd } from './json-ld.ts';
import { type PageMeta, readMeta } from './meta.ts';
import { readMicrodata } from './microdata.ts';
import { headingAncestors } from './page-chrome.ts';
import type { SchemaNode } from './structured-data.ts';
import { resolveUrl } from './url-utils.ts';
import { type PageText, readVisibleText } from './visible-text.ts';

/** Everything read from a page once, shared by the field extractors. */
export interface PageContext {
  doc: Document;
  url: URL | undefined;
  href: string;
  meta: PageMeta;
  text: PageText;
  structured: SchemaNode[];
  /** Ancestors of the main headings, which are content whatever their class names say. */
  contentAncestors: Set<Element>;
  /** Elements looked up by tag, found in one walk. */
  index: ElementIndex;
}

/** Reads a document's metadata, structured data and visible text. */
export function readPage(doc: Document, href: string): PageContext {
  const index = indexElements(doc);
  const meta = readMeta(doc, index);
  const url = resolveUrl(href, 'https://invalid.invalid/');
  const contentAncestors = headingAncestors(doc, elementsOf(index, 'H1'));
  return {
    index,
    contentAncestors,
    doc,
    url,
    href,
    meta,
    text: readVisibleText(doc, contentAncestors),
    structured: [...readJsonLd(doc, index), ...readMicrodata(doc, index)],
  };
}

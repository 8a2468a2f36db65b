import { parseHTML } from 'linkedom';
import { type PageContext, readPage } from '../../shared/extract/page-context.ts';

/** Parses an HTML string with linkedom, as the project does in Node. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Wraps body markup in a minimal page and reads it. */
export function readBody(body: string, url = 'https://www.example.org/page/', head = ''): PageContext {
  return readPage(
    parseDocument(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`),
    url,
  );
}

/** Runs in the page, on demand: extracts the page and reads what its selection holds. */
import { extractPage } from '../../shared/extract/extract-page.ts';
import type { CaptureResult } from './capture-result.ts';
import { readSelection } from './read-selection.ts';

const MAX_SELECTION = 20_000;

/** Captures the page and its selection; never throws past the page. */
export function capturePage(doc: Document, url: string): CaptureResult {
  try {
    const capture = extractPage(doc, url);
    const text = (doc.getSelection()?.toString() ?? '').trim().slice(0, MAX_SELECTION);
    const context = { lang: doc.documentElement.lang, country: capture.organization?.country?.value ?? null };
    return {
      ok: true,
      capture,
      selection: text ? readSelection(doc.implementation.createHTMLDocument(''), text, context) : null,
    };
  } catch (error) {
    return {
      ok: false,
      message: `Could not read this page (${error instanceof Error ? error.message : error}).`,
    };
  }
}

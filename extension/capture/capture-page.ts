/**
 * Runs in the page, on demand: extracts the page, and reads the selection (the same extractor
 * on a document holding only the selected text, set as text, never as HTML).
 */
import { extractPage } from '../../shared/extract/extract-page.ts';
import type { CaptureResult, SelectionCapture } from './capture-result.ts';

const MAX_SELECTION = 20_000;

/** Captures the page and its selection; never throws past the page. */
export function capturePage(doc: Document, url: string): CaptureResult {
  try {
    const capture = extractPage(doc, url);
    const text = (doc.getSelection()?.toString() ?? '').trim().slice(0, MAX_SELECTION);
    return { ok: true, capture, selection: text ? readSelection(doc, text, url) : null };
  } catch (error) {
    return {
      ok: false,
      message: `Could not read this page (${error instanceof Error ? error.message : error}).`,
    };
  }
}

function readSelection(doc: Document, text: string, url: string): SelectionCapture {
  const selectionDoc = doc.implementation.createHTMLDocument('');
  const paragraph = selectionDoc.createElement('p');
  paragraph.textContent = text;
  selectionDoc.body.append(paragraph);
  const found = extractPage(selectionDoc, url);
  const opp = found.opportunity;
  return {
    text,
    emails: found.organization?.emails.map((e) => e.value) ?? [],
    amountMin: opp?.amountMin?.value ?? null,
    amountMax: opp?.amountMax?.value ?? null,
    currency: opp?.currency?.value ?? null,
    deadline: opp?.deadline?.value ?? null,
  };
}

/** What the capture script hands back to the popup (structured-cloned, so plain data only). */
import type { PageCapture } from '../../shared/extract/types.ts';

/** Emails, an amount and a deadline found inside the page's selected text. */
export interface SelectionCapture {
  text: string;
  emails: string[];
  amountMin: number | null;
  amountMax: number | null;
  currency: string | null;
  deadline: string | null;
}

export type CaptureResult =
  | { ok: true; capture: PageCapture; selection: SelectionCapture | null }
  | { ok: false; message: string };

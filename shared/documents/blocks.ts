/** Small builders for document blocks. */
import type { Block } from './document.ts';

/** How the drafting organisation is named until the person writes its name in. */
export const LEAD = '[Your organisation]';

export const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });
export const p = (text: string): Block => ({ kind: 'paragraph', text });

/** The value, trimmed, or the placeholder when it is blank. */
export const or = (value: string, placeholder: string): string =>
  value.trim() === '' ? placeholder : value.trim();

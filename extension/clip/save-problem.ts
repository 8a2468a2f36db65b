/** Why the form cannot be saved yet, in the person's words, from the same checks the sheet applies. */

import type { Draft } from './draft.ts';
import { draftToClip } from './draft-to-clip.ts';

// Validation issues read "path: message"; each path gets a sentence that says what to do.
const PLAIN: [RegExp, string][] = [
  [/^organization\.name:/, 'Add the organisation’s name to save.'],
  [/^opportunity\.title:/, 'Add the opportunity’s title to save.'],
  [/^opportunity\.amount(Min|Max):/, 'Amounts must be numbers, like 25000.'],
  [/amountMin must not exceed amountMax/, 'The smallest amount is more than the largest: swap them.'],
  [/^opportunity\.currency:/, 'Currency must be a three-letter code, like USD or EUR.'],
  [/^opportunity\.deadline:/, 'Deadline must be a full date.'],
  [/^sourceUrl:/, 'Only web pages (http or https addresses) can be clipped.'],
];

// Any valid stamp: the real one is made when the person saves.
const CHECK_STAMP = { id: '00000000-0000-4000-8000-000000000000', capturedAt: '2000-01-01T00:00:00Z' };

/** The first reason the draft cannot be saved, or undefined when it can. */
export function findSaveProblem(draft: Draft): string | undefined {
  const clip = draftToClip(draft, CHECK_STAMP);
  if (clip.ok) return undefined;
  const issue = clip.issues[0] ?? '';
  return PLAIN.find(([pattern]) => pattern.test(issue))?.[1] ?? issue;
}

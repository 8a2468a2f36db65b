import type { SelectionCapture } from '../capture/capture-result.ts';
import { type Draft, editField } from '../clip/draft.ts';

/** The draft with the selection's amount (and currency) in the opportunity's fields. */
export function withSelectionAmount(draft: Draft, selection: SelectionCapture): Draft {
  let next = draft;
  if (selection.amountMin !== null)
    next = editField(next, 'opportunity', 'amountMin', String(selection.amountMin), 'selection');
  if (selection.amountMax !== null)
    next = editField(next, 'opportunity', 'amountMax', String(selection.amountMax), 'selection');
  if (selection.currency) next = editField(next, 'opportunity', 'currency', selection.currency, 'selection');
  return next;
}

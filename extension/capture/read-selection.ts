/**
 * What the person's selected text holds: every email, an amount and a deadline, read with the
 * extractor's own text readers. The selection is not a page, so the page's tests (is it an
 * opportunity? is this email on the site's domain?) do not apply: the person chose the text.
 */
import { findMoney, type MoneyMention } from '../../shared/extract/amounts.ts';
import { findDeadlines } from '../../shared/extract/deadlines.ts';
import { findEmails } from '../../shared/extract/emails.ts';
import { selectAwardAmounts } from '../../shared/extract/money-selection.ts';
import { readVisibleText } from '../../shared/extract/visible-text.ts';
import type { SelectionCapture } from './capture-result.ts';

/** Reads the selected text, written as text (never as HTML) into `blank`, an empty document of its own. */
export function readSelection(
  blank: Document,
  text: string,
  context: { lang: string; country: string | null },
): SelectionCapture {
  const paragraph = blank.createElement('p');
  paragraph.textContent = text;
  blank.body.append(paragraph);
  const visible = readVisibleText(blank);
  const { blocks } = visible;
  const amounts = selectAwardAmounts(chosenMoney(findMoney(blocks)), blocks, context.country);
  const deadlines = findDeadlines(blocks, context.lang);
  const deadline = deadlines.find((d) => d.strong) ?? deadlines[0];
  return {
    text,
    emails: findEmails(visible, undefined).map((e) => e.value),
    amountMin: amounts.amountMin?.value ?? null,
    amountMax: amounts.amountMax?.value ?? null,
    currency: amounts.currency?.value ?? null,
    deadline: deadline?.date ?? null,
  };
}

// Award-like amounts first; with none, any amount the person selected is the one they meant.
function chosenMoney(mentions: MoneyMention[]): MoneyMention[] {
  if (mentions.some((m) => m.score > 0)) return mentions;
  return mentions.map((m) => ({ ...m, score: 1 }));
}

import type { SelectionCapture } from '../capture/capture-result.ts';

export interface SelectionOffersProps {
  selection: SelectionCapture;
  onUseEmail: (email: string) => void;
  onUseAmount: () => void;
  onUseDeadline: () => void;
}

/** What the selected text holds (emails, an amount, a deadline), offered for the fields. */
export function SelectionOffers({ selection, onUseEmail, onUseAmount, onUseDeadline }: SelectionOffersProps) {
  const amount = [selection.amountMin, selection.amountMax].filter((a) => a !== null).join('–');
  if (selection.emails.length === 0 && !amount && !selection.deadline) return null;
  return (
    <section class="offers" aria-label="Found in the selection">
      <h2>Found in the selection</h2>
      {selection.emails.map((email) => (
        <button key={email} type="button" onClick={() => onUseEmail(email)}>
          Add email {email}
        </button>
      ))}
      {amount && (
        <button type="button" onClick={onUseAmount}>
          Use amount {selection.currency ?? ''} {amount}
        </button>
      )}
      {selection.deadline && (
        <button type="button" onClick={onUseDeadline}>
          Use deadline {selection.deadline}
        </button>
      )}
    </section>
  );
}

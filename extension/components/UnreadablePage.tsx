export interface UnreadablePageProps {
  problem: string;
  /** Offered only when the page has a web address a clip can point to. */
  onFillByHand?: () => void;
}

/** A page the Clipper cannot read: why, and what to do instead. */
export function UnreadablePage({ problem, onFillByHand }: UnreadablePageProps) {
  return (
    <section class="empty" aria-labelledby="unreadable-title">
      <h2 id="unreadable-title">This page can’t be clipped</h2>
      <p role="alert">{problem}</p>
      <p>
        Open the organisation’s or the funder’s own web page and click the Clipper again
        {onFillByHand ? ', or fill in the details yourself.' : '.'}
      </p>
      {onFillByHand && (
        <button type="button" onClick={onFillByHand}>
          Fill in by hand
        </button>
      )}
    </section>
  );
}

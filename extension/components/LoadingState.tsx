/** Stands in for the form while the page is read, so nothing flashes as "empty". */
export function LoadingState() {
  return (
    <div class="loading" role="status" aria-live="polite">
      <p>Reading this page…</p>
      <div class="skeleton" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
    </div>
  );
}

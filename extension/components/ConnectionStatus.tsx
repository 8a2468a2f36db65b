export type ConnectionState =
  | { kind: 'idle' }
  | { kind: 'testing' }
  | { kind: 'connected' }
  | { kind: 'saved-works' }
  | { kind: 'failed'; message: string }
  | { kind: 'saved-fails'; message: string }
  | { kind: 'no-access' };

export interface ConnectionStatusProps {
  state: ConnectionState;
}

/** The outcome of Connect (or of checking the saved connection), with the next step when it failed. */
export function ConnectionStatus({ state }: ConnectionStatusProps) {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'testing':
      return (
        <p class="status" role="status">
          Checking the connection…
        </p>
      );
    case 'connected':
      return (
        <p class="status ok" role="status">
          Connected and saved: your sheet answered and accepted the token. Clips now go to this sheet.
        </p>
      );
    case 'saved-works':
      return (
        <p class="status ok" role="status">
          Your saved connection works: the sheet answered and accepted the token.
        </p>
      );
    case 'no-access':
      return (
        <p class="status problem" role="alert">
          <strong>Not connected; nothing was saved.</strong> The browser did not let the Clipper reach this
          address. Press Connect again and choose Allow.
        </p>
      );
    case 'failed':
    case 'saved-fails':
      return (
        <p class="status problem" role="alert">
          <strong>
            {state.kind === 'failed'
              ? 'Not connected; nothing was saved.'
              : 'Your saved connection does not work.'}
          </strong>{' '}
          {state.message}
        </p>
      );
  }
}

export type ConnectionState =
  | { kind: 'idle' }
  | { kind: 'testing' }
  | { kind: 'connected'; saved: boolean }
  | { kind: 'failed'; message: string; saved: boolean }
  | { kind: 'no-access' };

export interface ConnectionStatusProps {
  state: ConnectionState;
}

/** The outcome of saving or testing the connection, with the next step when it failed. */
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
          Connected: the sheet answered and accepted the token.
          {state.saved ? ' Saved; waiting clips are on their way.' : ''}
        </p>
      );
    case 'no-access':
      return (
        <p class="status problem" role="alert">
          Saved, but the browser did not allow the Clipper to reach this address, so clips cannot be sent.
          Save again and choose Allow.
        </p>
      );
    case 'failed':
      return (
        <div class="status problem" role="alert">
          <p>
            <strong>{state.saved ? 'Saved, but not connected.' : 'Not connected.'}</strong> {state.message}
          </p>
        </div>
      );
  }
}

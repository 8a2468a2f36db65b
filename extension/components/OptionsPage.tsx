import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/messages.ts';
import { connectClipper } from '../options/connect-clipper.ts';
import { findSettings, type Settings, saveSettings } from '../storage/settings.ts';
import { ChipsInput } from './ChipsInput.tsx';
import { type ConnectionState, ConnectionStatus } from './ConnectionStatus.tsx';

const EMPTY: Settings = { endpoint: '', token: '', defaultTags: [] };
const test = (endpoint: string, token: string) => sendMessage('testConnection', { endpoint, token });

/** Pairing with a sheet: endpoint, token, default tags; Connect checks them and saves them in one step. */
export function OptionsPage() {
  const [settings, setSettings] = useState<Settings>(EMPTY);
  const [saved, setSaved] = useState<Settings>();
  const [state, setState] = useState<ConnectionState>({ kind: 'idle' });
  useEffect(() => {
    void findSettings().then((found) => {
      if (!found) return;
      setSettings(found);
      setSaved(found);
    });
  }, []);
  const set = (patch: Partial<Settings>) => setSettings((s) => ({ ...s, ...patch }));
  const unchanged = saved !== undefined && JSON.stringify(saved) === JSON.stringify(settings);

  const connect = async (event: Event) => {
    event.preventDefault();
    setState({ kind: 'testing' });
    // Called at once, inside the click: the host permission prompt needs the user gesture.
    const outcome = await connectClipper(settings, {
      requestOrigins: (origins) => browser.permissions.request({ origins }),
      test,
      save: async (next) => {
        await saveSettings(next);
        setSaved(next);
        setSettings(next);
      },
    });
    setState(outcome);
  };
  const checkSaved = async () => {
    if (!saved) return;
    setState({ kind: 'testing' });
    const reply = await test(saved.endpoint, saved.token);
    setState(reply.ok ? { kind: 'saved-works' } : { kind: 'saved-fails', message: reply.message });
  };

  return (
    <main class="options">
      <h1>Connect the Clipper to your sheet</h1>
      <p class="lead">Organisations and funding you clip are sent to your Partnerkit sheet.</p>
      <ol class="steps">
        <li>Open your Partnerkit sheet (or run npm start for the local workbook).</li>
        <li>In the sheet, choose Extensions › Partnerkit › Connect Clipper…</li>
        <li>Paste the endpoint URL and token it shows here, then press Connect.</li>
      </ol>
      <form onSubmit={connect}>
        <div class="field">
          <label for="endpoint">Endpoint URL</label>
          <input
            id="endpoint"
            type="url"
            required
            value={settings.endpoint}
            placeholder="https://script.google.com/macros/s/…/exec"
            onInput={(e) => set({ endpoint: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="token">Token</label>
          <input
            id="token"
            type="password"
            autocomplete="off"
            required
            aria-describedby="token-help"
            value={settings.token}
            onInput={(e) => set({ token: e.currentTarget.value })}
          />
          <span id="token-help" class="help">
            Kept only in this browser. A new Connect Clipper replaces it.
          </span>
        </div>
        <ChipsInput
          id="default-tags"
          label="Tags for every clip (optional)"
          placeholder="Add a tag"
          field={{ value: settings.defaultTags }}
          onChange={(defaultTags) => set({ defaultTags })}
        />
        <div class="actions">
          <button type="submit" class="primary" disabled={state.kind === 'testing'}>
            Connect
          </button>
          {unchanged && (
            <button
              type="button"
              class="ghost"
              onClick={() => void checkSaved()}
              disabled={state.kind === 'testing'}
            >
              Check saved connection
            </button>
          )}
        </div>
        <p class="connect-help">
          Connect asks your browser to let the Clipper reach this address, checks that your sheet answers and
          accepts the token, and only then saves them.
        </p>
      </form>
      <ConnectionStatus state={state} />
    </main>
  );
}

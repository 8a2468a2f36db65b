import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/messages.ts';
import { endpointOrigins } from '../options/endpoint-origins.ts';
import { findSettings, type Settings, saveSettings } from '../storage/settings.ts';
import { ChipsInput } from './ChipsInput.tsx';
import { type ConnectionState, ConnectionStatus } from './ConnectionStatus.tsx';

/** Pairing with a sheet: endpoint, token, default tags; saving tests the connection at once. */
export function OptionsPage() {
  const [settings, setSettings] = useState<Settings>({ endpoint: '', token: '', defaultTags: [] });
  const [state, setState] = useState<ConnectionState>({ kind: 'idle' });
  useEffect(() => {
    void findSettings().then((found) => found && setSettings(found));
  }, []);
  const set = (patch: Partial<Settings>) => setSettings((s) => ({ ...s, ...patch }));
  const trimmed = { endpoint: settings.endpoint.trim(), token: settings.token.trim() };

  const test = async (saved = false) => {
    setState({ kind: 'testing' });
    const reply = await sendMessage('testConnection', trimmed);
    setState(reply.ok ? { kind: 'connected', saved } : { kind: 'failed', message: reply.message, saved });
  };
  const save = async (event: Event) => {
    event.preventDefault();
    const origins = endpointOrigins(settings.endpoint);
    if (!origins.ok) return setState({ kind: 'failed', message: origins.issues.join(' '), saved: false });
    // Asked first, while the click's user gesture still holds.
    const granted = browser.permissions.request({ origins: origins.value }).catch(() => false);
    await saveSettings({ ...settings, ...trimmed });
    if (!(await granted)) return setState({ kind: 'no-access' });
    await test(true);
  };

  return (
    <main class="options">
      <h1>Connect the Clipper to your sheet</h1>
      <p class="lead">Organisations and funding you clip are sent to your Partnerkit sheet.</p>
      <ol class="steps">
        <li>Open your Partnerkit sheet (or run npm start for the local workbook).</li>
        <li>Choose Extensions › Partnerkit › Connect Clipper.</li>
        <li>Paste the endpoint URL and token it shows here, then Save.</li>
      </ol>
      <form onSubmit={save}>
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
            Save and connect
          </button>
          <button
            type="button"
            onClick={() => void test()}
            disabled={!settings.endpoint.trim() || state.kind === 'testing'}
          >
            Test connection
          </button>
        </div>
      </form>
      <ConnectionStatus state={state} />
    </main>
  );
}

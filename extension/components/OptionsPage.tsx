import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/messages.ts';
import { endpointOrigins } from '../options/endpoint-origins.ts';
import { findSettings, type Settings, saveSettings } from '../storage/settings.ts';
import { ChipsInput } from './ChipsInput.tsx';

type Status = { kind: 'ok' | 'problem' | 'info'; text: string };

/** Pairing with a sheet: endpoint, token, default tags, and a connection test. */
export function OptionsPage() {
  const [settings, setSettings] = useState<Settings>({ endpoint: '', token: '', defaultTags: [] });
  const [status, setStatus] = useState<Status>();
  useEffect(() => {
    void findSettings().then((found) => found && setSettings(found));
  }, []);
  const set = (patch: Partial<Settings>) => setSettings((s) => ({ ...s, ...patch }));

  const save = async (event: Event) => {
    event.preventDefault();
    const origins = endpointOrigins(settings.endpoint);
    if (!origins.ok) return setStatus({ kind: 'problem', text: origins.issues.join(' ') });
    // Asked first, while the click's user gesture still holds.
    const granted = browser.permissions.request({ origins: origins.value }).catch(() => false);
    await saveSettings({ ...settings, endpoint: settings.endpoint.trim(), token: settings.token.trim() });
    setStatus(
      (await granted)
        ? { kind: 'ok', text: 'Saved. Waiting clips are being sent.' }
        : { kind: 'info', text: 'Saved, but access to the endpoint was not granted; sending may fail.' },
    );
  };
  const test = async () => {
    setStatus({ kind: 'info', text: 'Testing…' });
    const reply = await sendMessage('testConnection', {
      endpoint: settings.endpoint.trim(),
      token: settings.token.trim(),
    });
    setStatus(
      reply.ok
        ? { kind: 'ok', text: 'Connected: the sheet answered and accepted the token.' }
        : { kind: 'problem', text: reply.message },
    );
  };

  return (
    <main class="options">
      <h1>Partnerkit Clipper</h1>
      <p>In your sheet, choose Partnerkit › Connect clipper, then paste the endpoint and token it shows.</p>
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
            value={settings.token}
            onInput={(e) => set({ token: e.currentTarget.value })}
          />
        </div>
        <ChipsInput
          id="default-tags"
          label="Default tags"
          field={{ value: settings.defaultTags }}
          onChange={(defaultTags) => set({ defaultTags })}
        />
        <button type="submit" class="primary">
          Save and connect
        </button>{' '}
        <button type="button" onClick={() => void test()} disabled={!settings.endpoint}>
          Test connection
        </button>
      </form>
      {status && (
        <p
          class={status.kind === 'problem' ? 'problem' : 'saved'}
          role={status.kind === 'problem' ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
    </main>
  );
}

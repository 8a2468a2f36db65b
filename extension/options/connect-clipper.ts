/**
 * "Connect" on the options page: one step that asks for the endpoint's host permission, checks
 * that the sheet answers and takes the token, and only then saves the pairing. Nothing is saved
 * when any of it fails, so "Connected" always means clips will be sent.
 */
import type { Reply } from '../messaging/messages.ts';
import type { Settings } from '../storage/settings.ts';
import { endpointOrigins } from './endpoint-origins.ts';

export type ConnectOutcome =
  | { kind: 'connected' }
  | { kind: 'no-access' }
  | { kind: 'failed'; message: string };

export interface ConnectDeps {
  /** Asks the browser (and the person) for host access; must run in the click's user gesture. */
  requestOrigins(origins: string[]): Promise<boolean>;
  /** Pings the endpoint and checks the token, as the background does (testConnection). */
  test(endpoint: string, token: string): Promise<Reply<true>>;
  save(settings: Settings): Promise<void>;
}

/** Pairs the Clipper with the sheet in one step; the settings are stored only when it works. */
export async function connectClipper(form: Settings, deps: ConnectDeps): Promise<ConnectOutcome> {
  const settings = { ...form, endpoint: form.endpoint.trim(), token: form.token.trim() };
  const origins = endpointOrigins(settings.endpoint);
  if (!origins.ok) return { kind: 'failed', message: origins.issues.join(' ') };
  if (settings.token === '')
    return { kind: 'failed', message: 'Paste the token that Connect Clipper shows beside the endpoint.' };
  // Asked before anything is awaited: the browser allows the prompt only during the click.
  const granted = await deps.requestOrigins(origins.value).catch(() => false);
  if (!granted) return { kind: 'no-access' };
  const tested = await deps.test(settings.endpoint, settings.token);
  if (!tested.ok) return { kind: 'failed', message: tested.message };
  await deps.save(settings);
  return { kind: 'connected' };
}

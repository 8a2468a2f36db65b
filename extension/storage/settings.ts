/** The pairing with a sheet, kept under `settings` in extension storage (shape shared with `npm start`). */
import { browser } from 'wxt/browser';

export interface Settings {
  endpoint: string;
  token: string;
  defaultTags: string[];
}

export const SETTINGS_KEY = 'settings';

/** Reads the settings, or undefined when the Clipper is not paired with a sheet yet. */
export async function findSettings(): Promise<Settings | undefined> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  return toSettings(stored);
}

/** Stores the settings; the background notices and resumes sending. */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Checks a stored value, since anything (an older version, a pairing script) may have written it. */
export function toSettings(value: unknown): Settings | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { endpoint, token, defaultTags } = value as Partial<Record<keyof Settings, unknown>>;
  if (typeof endpoint !== 'string' || endpoint.trim() === '') return undefined;
  return {
    endpoint: endpoint.trim(),
    token: typeof token === 'string' ? token.trim() : '',
    defaultTags: Array.isArray(defaultTags)
      ? defaultTags.filter((t): t is string => typeof t === 'string')
      : [],
  };
}

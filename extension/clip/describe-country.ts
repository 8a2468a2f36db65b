/**
 * The words beside the Country field: the country's name for a code (in the person's language,
 * with the browser's own Intl.DisplayNames, so no name table ships for it), the code a typed name
 * will be saved as, or why it cannot be saved.
 */
import { findCountryName, toCountryCode } from '../../shared/country/country-code.ts';

export type CountryDescription = { ok: boolean; text: string };

/** What to show beside the Country field; undefined when it is empty. */
export function describeCountry(typed: string, locale: string): CountryDescription | undefined {
  const text = typed.trim();
  if (text === '') return undefined;
  const code = toCountryCode(text);
  if (!code.ok) return { ok: false, text: code.issues.join('; ') };
  const name = nameOf(code.value, locale);
  return { ok: true, text: code.value === text ? name : `Saved as ${code.value} (${name})` };
}

function nameOf(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'none' }).of(code) ?? code;
  } catch {
    return findCountryName(code) ?? code;
  }
}

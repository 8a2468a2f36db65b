/**
 * The website domain of an organisation, for spotting duplicates. Hand-written because Apps Script
 * has no URL: scheme, credentials, port, path and a leading "www." are dropped.
 */
import { isSharedHost } from '../shared-hosts.ts';

/** Lower-case host without "www.", or undefined when the text holds no usable host. */
export function websiteDomain(website: unknown): string | undefined {
  let text = String(website ?? '')
    .trim()
    .toLowerCase();
  if (!text || /\s/.test(text)) return undefined;
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\/\//, '');
  const host = (text.split(/[/?#]/)[0] ?? '')
    .replace(/^[^@]*@/, '')
    .replace(/:\d*$/, '')
    .replace(/\.$/, '')
    .replace(/^www\d*\./, '');
  if (!/^[a-z0-9\u00a1-\uffff-]+(\.[a-z0-9\u00a1-\uffff-]+)+$/.test(host)) return undefined;
  if (host.split('.').some((label) => label === '' || label.startsWith('-') || label.endsWith('-')))
    return undefined;
  return isSharedHost(host) ? undefined : host;
}

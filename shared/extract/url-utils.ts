import { isSharedHost } from '../shared-hosts.ts';

const SECOND_LEVEL = new Set([
  'co',
  'com',
  'org',
  'net',
  'gov',
  'ac',
  'edu',
  'or',
  'ne',
  'go',
  'gob',
  'gouv',
  'nic',
  'mil',
  'sch',
  'nhs',
  'ltd',
  'plc',
]);
const RESERVED_TLDS = new Set(['invalid', 'example', 'test', 'localhost', 'local']);

/** Resolves `href` against `base`; undefined when it is not an http(s) address. */
export function resolveUrl(href: string, base: string): URL | undefined {
  if (href.length === 0 || href.length > 2000) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The registrable part of a host name ("www.bmbf.bund.de" → "bund.de", "mzd.gov.cz" → "mzd.gov.cz"). */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const tld = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  const take = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** True for hosts that can never be an organisation's own site (RFC 2606 names, bare IPs). */
export function isReservedHost(host: string): boolean {
  const h = host.toLowerCase();
  const tld = h.split('.').pop() ?? '';
  if (RESERVED_TLDS.has(tld)) return true;
  if (/^(?:www\.)?example\.(?:com|org|net)$/.test(h)) return true;
  return /^[\d.]+$/.test(h) || h.startsWith('[');
}

/** True for shared platforms whose pages describe other organisations (encyclopaedias, social networks, registries). */
export function isPlatformHost(host: string): boolean {
  return isSharedHost(registrableDomain(host));
}

/** The site root of an address, e.g. "https://www.ardc.net/". */
export function siteRoot(url: URL): string {
  return `${url.protocol}//${url.host}/`;
}

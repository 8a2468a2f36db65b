/**
 * Web addresses reduced to what identifies a page or a site (PRODUCT.md "Identity"). Hand-written
 * because Apps Script has no URL: the scheme, credentials, port, fragment, a leading "www." and
 * tracking parameters do not change which page an address names.
 */
import { platformOf } from '../shared-hosts.ts';

/** The parts of an http(s) address that identify a page: host without "www.", path, query. */
export interface WebAddress {
  /** Lower case, without "www." or a port; a platform's subdomain is the platform itself. */
  host: string;
  /** Lower case, without trailing slashes; "" for the site root. */
  path: string;
  /** Parameters other than tracking ones, sorted; "" when none. */
  query: string;
}

// Parameters that say how someone arrived, never which page: campaign tags and click ids.
const TRACKING_PARAMETER =
  /^(utm_.*|fbclid|gclid|gclsrc|gad_source|srsltid|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|li_fat_id|epik|rdt_cid|igshid|igsh|mibextid|mc_cid|mc_eid|ref|ref_src|ref_url|_hsenc|_hsmi|hsctatracking|mkt_tok|_ga|_gl|si|spm|trk|s_cid|cmpid)$/;
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
// "javascript:…", "data:…", "mailto:…": a scheme without "//" (a port after a bare host is allowed).
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;
const HOST = /^[a-z0-9\u00a1-\uffff-]+(\.[a-z0-9\u00a1-\uffff-]+)+$/;

/** Reads an http(s) or scheme-less address ("acme.org/about"); undefined for anything else. */
export function parseWebAddress(input: unknown): WebAddress | undefined {
  const text = String(input ?? '').trim();
  if (!text || /\s/.test(text)) return undefined;
  let rest = text;
  const scheme = SCHEME.exec(rest);
  if (scheme) {
    if (!/^https?$/i.test(scheme[1] ?? '')) return undefined;
    rest = rest.slice(scheme[0].length);
  } else if (rest.startsWith('//')) rest = rest.slice(2);
  else if (OTHER_SCHEME.test(rest)) return undefined;
  const end = rest.search(/[/?#]/);
  const host = hostOfAuthority(end < 0 ? rest : rest.slice(0, end));
  if (!host) return undefined;
  const tail = (end < 0 ? '' : rest.slice(end)).replace(/#.*$/, '');
  const mark = tail.indexOf('?');
  const path = (mark < 0 ? tail : tail.slice(0, mark)).toLowerCase().replace(/\/+$/, '');
  const query = mark < 0 ? '' : keptParameters(tail.slice(mark + 1));
  return { host, path, query };
}

/** The host of an address (lower case, no "www."), or undefined when there is none. */
export function hostOf(input: unknown): string | undefined {
  return parseWebAddress(input)?.host;
}

/**
 * True when two addresses are on the same host ("www." ignored): a directory entry whose link is
 * on the directory page's own host is a profile page, not the entry's website.
 */
export function sameHost(a: unknown, b: unknown): boolean {
  const host = hostOf(a);
  return host !== undefined && host === hostOf(b);
}

/**
 * The address as one comparable text: host, path and non-tracking query, so
 * "https://www.fund.org/grants/water/?utm_source=x" and "http://fund.org/grants/water" are equal.
 */
export function normaliseWebAddress(input: unknown): string | undefined {
  const address = parseWebAddress(input);
  return address && pageKey(address);
}

/** Host, path and query of a parsed address as one text. */
export function pageKey(address: WebAddress): string {
  return `${address.host}${address.path}${address.query ? `?${address.query}` : ''}`;
}

function hostOfAuthority(authority: string): string | undefined {
  const host = authority
    .replace(/^[^@]*@/, '')
    .toLowerCase()
    .replace(/:\d*$/, '')
    .replace(/\.$/, '')
    .replace(/^www\d*\./, '');
  if (!HOST.test(host)) return undefined;
  if (host.split('.').some((label) => label.startsWith('-') || label.endsWith('-'))) return undefined;
  return platformOf(host) ?? host;
}

function keptParameters(query: string): string {
  return query
    .split('&')
    .filter((pair) => {
      const name = (pair.split('=')[0] ?? '').toLowerCase();
      return name !== '' && !TRACKING_PARAMETER.test(name);
    })
    .sort()
    .join('&');
}

/**
 * Hosts many organisations share: encyclopaedias, social networks, registries, site builders and
 * link pages. An address there is no one organisation's own site, and two organisations with one
 * there are not the same. Plain data: the Apps Script add-on imports it too (no URL here).
 */
const SHARED_HOSTS = new Set([
  'wikipedia.org',
  'en.wikipedia.org',
  'wikimedia.org',
  'wikidata.org',
  'facebook.com',
  'linkedin.com',
  'twitter.com',
  'x.com',
  'instagram.com',
  'youtube.com',
  'tiktok.com',
  'github.com',
  'gitlab.com',
  'medium.com',
  'google.com',
  'sites.google.com',
  'docs.google.com',
  'googleusercontent.com',
  'blogspot.com',
  'wordpress.com',
  'substack.com',
  'linktr.ee',
  'bit.ly',
  'candid.org',
  'guidestar.org',
  'crunchbase.com',
  'charitynavigator.org',
  'idealist.org',
  'devex.com',
  'fundsforngos.org',
  'grants.gov',
  'opencollective.com',
  'qrz.com',
]);

/** True when the host, exactly as given (lower case, no "www."), is one many organisations share. */
export function isSharedHost(host: string): boolean {
  return SHARED_HOSTS.has(host);
}

/**
 * Hosts many organisations share (PRODUCT.md "Identity"): an address there is no one
 * organisation's own site, so two organisations with one there are only the same when the whole
 * page (host and path) is. Plain data: the Apps Script add-on imports it too (no URL here).
 */

// Platforms: the host and every subdomain of it are the platform ("m.facebook.com",
// "uk.linkedin.com", "de.wikipedia.org").
const PLATFORMS = new Set([
  'wikipedia.org',
  'wikimedia.org',
  'wikidata.org',
  'facebook.com',
  'fb.com',
  'linkedin.com',
  'twitter.com',
  'x.com',
  'instagram.com',
  'threads.net',
  'youtube.com',
  'youtu.be',
  'tiktok.com',
  'pinterest.com',
  'reddit.com',
  'google.com',
  'googleusercontent.com',
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
  'eventbrite.com',
  'meetup.com',
  'gofundme.com',
  'justgiving.com',
  'globalgiving.org',
  'change.org',
  'patreon.com',
  'givingtuesday.org',
  'benevity.org',
  'yelp.com',
]);

// Site builders and code hosts: only the bare host is shared; "acme.wordpress.com" is Acme's own.
const SHARED_BARE_HOSTS = new Set([
  'github.com',
  'gitlab.com',
  'medium.com',
  'blogspot.com',
  'wordpress.com',
  'substack.com',
  'wixsite.com',
  'squarespace.com',
  'weebly.com',
  'webflow.io',
  'github.io',
  'netlify.app',
  'vercel.app',
  'carrd.co',
  'notion.site',
]);

/** The platform a host belongs to ("m.facebook.com" → "facebook.com"), or undefined. */
export function platformOf(host: string): string | undefined {
  // Each suffix of the host that still has a dot: "m.facebook.com", then "facebook.com".
  for (let start = 0; host.indexOf('.', start) >= 0; start = host.indexOf('.', start) + 1) {
    const candidate = start === 0 ? host : host.slice(start);
    if (PLATFORMS.has(candidate)) return candidate;
  }
  return undefined;
}

/** True when the host (lower case, no "www.") is one many organisations share. */
export function isSharedHost(host: string): boolean {
  return SHARED_BARE_HOSTS.has(host) || platformOf(host) !== undefined;
}

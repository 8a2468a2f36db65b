/**
 * When two organisations are the same (PRODUCT.md "Identity"): equal normalised names, or websites
 * on the same host that many organisations do not share (compared with the path when they do) and
 * names that do not conflict. Same host with conflicting names is only a possible duplicate.
 */
import { isSharedHost } from '../shared-hosts.ts';
import { type NameShape, namesConflict, shapeName } from './name-conflict.ts';
import { hostOf, pageKey, parseWebAddress, type WebAddress } from './web-address.ts';

export type OrganizationReason = 'same name' | 'same website';

/** What identifies an organisation: its name and its own website (never a Source URL). */
export interface OrganizationKey {
  name?: unknown;
  website?: unknown;
}

/** Why two organisations are the same; possibleDuplicate when only the website matched and the names conflict. */
export interface OrganizationMatch {
  reason: OrganizationReason;
  possibleDuplicate?: true;
}

/** An organisation prepared for comparison. */
export interface OrganizationIdentity {
  shape: NameShape;
  address?: WebAddress;
}

/** Prepares an organisation for comparison. */
export function identifyOrganization(key: OrganizationKey): OrganizationIdentity {
  const address = parseWebAddress(key.website);
  return address ? { shape: shapeName(key.name), address } : { shape: shapeName(key.name) };
}

/**
 * How organisation `a` matches `b`, or undefined when they are different. `listedOn` is the
 * address of the directory page an entry was listed on: its host counts as shared.
 */
export function matchOrganization(
  a: OrganizationKey,
  b: OrganizationKey,
  listedOn?: unknown,
): OrganizationMatch | undefined {
  return compareOrganizations(identifyOrganization(a), identifyOrganization(b), hostOf(listedOn));
}

/** matchOrganization over prepared identities. */
export function compareOrganizations(
  a: OrganizationIdentity,
  b: OrganizationIdentity,
  listedOnHost?: string,
): OrganizationMatch | undefined {
  if (a.shape.name && a.shape.name === b.shape.name) return { reason: 'same name' };
  if (!a.address || !b.address || a.address.host !== b.address.host) return undefined;
  if (isSharedSite(a.address.host, listedOnHost) && pageKey(a.address) !== pageKey(b.address))
    return undefined;
  return namesConflict(a.shape, b.shape)
    ? { reason: 'same website', possibleDuplicate: true }
    : { reason: 'same website' };
}

/** True when a host is shared by many organisations, or is the host of the listing page. */
export function isSharedSite(host: string, listedOnHost?: string): boolean {
  return host === listedOnHost || isSharedHost(host);
}

/** The key under which a website is found: its host, or host and path on a shared host. */
export function siteKey(address: WebAddress): string {
  return isSharedHost(address.host) ? pageKey(address) : address.host;
}

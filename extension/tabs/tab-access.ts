/**
 * The access "Clip tabs…" asks for (PRODUCT.md, least privilege): `tabs` to list the window's
 * pages, then the ticked tabs' origins only, each asked inside the click that needs it and given
 * back once the tabs are read. What the person had granted before (the sheet's own host, paired
 * at connect time) is never given back.
 */

/** Permissions as `permissions.request` and `permissions.remove` take them. */
export interface Access {
  permissions: string[];
  origins: string[];
}

/** The browser's permissions API, as far as this feature uses it. */
export interface PermissionsApi {
  request(access: Access): Promise<boolean>;
  remove(access: Access): Promise<boolean>;
  getAll(): Promise<Partial<Access>>;
}

/** The match pattern of a web page's origin (`https://host/*`; ports are not part of patterns). */
export function originPattern(url: string): string | undefined {
  const match = /^(https?):\/\/([^/?#:@]+@)?([^/?#:]+)/i.exec(url);
  return match ? `${match[1]?.toLowerCase()}://${match[3]?.toLowerCase()}/*` : undefined;
}

/** The distinct origin patterns of the pages. */
export function originsOf(urls: readonly string[]): string[] {
  return [...new Set(urls.flatMap((url) => originPattern(url) ?? []))];
}

/** What of `wanted` is not already held: what asking grants, and so what to give back after. */
export function accessToGiveBack(wanted: Access, held: Partial<Access>): Access {
  const heldPermissions = new Set(held.permissions ?? []);
  const heldOrigins = new Set(held.origins ?? []);
  return {
    permissions: wanted.permissions.filter((p) => !heldPermissions.has(p)),
    origins: wanted.origins.filter((o) => !heldOrigins.has(o)),
  };
}

/** Gives back what was granted for the run; nothing to give back is no call at all. */
export async function giveBack(api: PermissionsApi, access: Access): Promise<void> {
  if (access.permissions.length === 0 && access.origins.length === 0) return;
  try {
    await api.remove(access);
  } catch (error) {
    console.warn('[partnerkit] could not give back access', access, error);
  }
}

/** The Clipper's token: made from random UUIDs, kept only as a SHA-256 hash. */

/** Hex SHA-256 of a token. */
export function hashToken(token: string): string {
  const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, token, Utilities.Charset.UTF_8);
  return digest.map((byte) => ((byte + 256) % 256).toString(16).padStart(2, '0')).join('');
}

/** A new random token: 43 URL-safe characters (256 bits of digest over two random UUIDs). */
export function newToken(): string {
  const seed = `${Utilities.getUuid()}:${Utilities.getUuid()}:${Date.now()}`;
  const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, seed, Utilities.Charset.UTF_8);
  return Utilities.base64EncodeWebSafe(digest).replace(/=+$/, '');
}

/** Compares two strings in time that depends only on their lengths. */
export function sameSecret(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
}

/** True when the token's hash is the stored one; never true when no hash is stored. */
export function isAuthorised(token: string, storedHash: string): boolean {
  if (!storedHash || !token) return false;
  return sameSecret(hashToken(token), storedHash);
}

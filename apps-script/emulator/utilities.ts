/** Utilities: UUIDs, digests as signed bytes (Java's byte), base64, formatDate, sleep. */
import { createHash, randomUUID } from 'node:crypto';
import { isDate } from './cell-input.ts';
import { formatDate } from './dates.ts';
import type { Emulates } from './emulates.ts';
import { Charset, DigestAlgorithm } from './enums.ts';
import type { Env } from './env.ts';
import { APPS_SCRIPT_TYPE, type Emulated, type Service } from './tracking.ts';

const NODE_DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Bytes of a string (UTF-8) or of an Apps Script byte[] (signed). */
function toBuffer(data: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (Array.isArray(data)) return Buffer.from(data.map((b: number) => b & 0xff));
  throw new Error('Invalid argument: value');
}

/** Java-style signed bytes (-128…127), as Apps Script returns them. */
function toSignedBytes(buffer: Buffer, realmList: <T>(items: readonly T[]) => T[]): number[] {
  return realmList(Array.from(buffer, (b) => (b > 127 ? b - 256 : b)));
}

/** Utilities. */
export function createUtilities(env: Env): Service {
  const list = env.realm.list;
  return {
    [APPS_SCRIPT_TYPE]: 'Utilities',
    DigestAlgorithm,
    Charset,
    getUuid: () => randomUUID(),
    computeDigest(algorithm: string, value: unknown, _charset?: string): number[] {
      const name = NODE_DIGESTS[algorithm];
      if (!name)
        throw new Error(`Emulator: Utilities.computeDigest(${String(algorithm)}) is not implemented`);
      return toSignedBytes(createHash(name).update(toBuffer(value)).digest(), list);
    },
    base64Encode: (data: unknown) => toBuffer(data).toString('base64'),
    base64EncodeWebSafe: (data: unknown) =>
      toBuffer(data).toString('base64').replaceAll('+', '-').replaceAll('/', '_'),
    base64Decode: (encoded: string) => toSignedBytes(Buffer.from(String(encoded), 'base64'), list),
    base64DecodeWebSafe: (encoded: string) => toSignedBytes(Buffer.from(String(encoded), 'base64url'), list),
    newBlob(data: unknown, contentType?: string, name?: string): Emulated {
      const bytes = toBuffer(data);
      return {
        [APPS_SCRIPT_TYPE]: 'Blob',
        getDataAsString: () => bytes.toString('utf8'),
        getBytes: () => toSignedBytes(bytes, list),
        getContentType: () => (contentType === undefined ? null : String(contentType)),
        getName: () => (name === undefined ? null : String(name)),
      } as Emulated;
    },
    formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
      if (!isDate(date)) throw new Error('Invalid argument: date');
      return formatDate(new Date(date.getTime()), String(timeZone), String(format));
    },
    /** Counted but not waited: executions must not depend on wall-clock time here. */
    sleep: (_milliseconds: number) => undefined,
  } satisfies Emulated &
    Record<string, unknown> &
    Emulates<
      GoogleAppsScript.Utilities.Utilities,
      'getUuid' | 'base64Encode' | 'base64EncodeWebSafe' | 'formatDate' | 'sleep'
    >;
}

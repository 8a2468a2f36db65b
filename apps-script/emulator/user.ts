/** Session and Drive users: an email address. */
import type { Emulates } from './emulates.ts';
import { APPS_SCRIPT_TYPE, type Emulated } from './tracking.ts';

/** A user (Base.User and Drive.User share these methods). */
export class FakeUser
  implements Emulated, Emulates<GoogleAppsScript.Drive.User, 'getEmail' | 'getName' | 'getDomain'>
{
  readonly [APPS_SCRIPT_TYPE] = 'User';
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
  getName(): string {
    return this.email.split('@')[0] ?? '';
  }
  getDomain(): string {
    return this.email.split('@')[1] ?? '';
  }
  getUserLoginId(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

/** The email of a `string | User` argument (the bundle may pass either). */
export function emailOf(user: unknown): string {
  if (typeof user === 'string') return user.trim();
  if (typeof user === 'object' && user !== null && 'getEmail' in user && typeof user.getEmail === 'function')
    return String(user.getEmail());
  throw new Error('Invalid argument: user');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The email, checked like Drive checks it. */
export function requireEmail(user: unknown): string {
  const email = emailOf(user);
  if (!EMAIL.test(email)) throw new Error(`Invalid email: ${email}`);
  return email.toLowerCase();
}

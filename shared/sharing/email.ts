/** Email addresses in a Stakeholders cell, checked well enough to hand to Drive. */
import { LIST_SEPARATOR } from '../workbook-schema.ts';

const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** True for an address Drive can share with: one @, a dotted domain, no spaces, at most 254 chars. */
export function isValidEmail(email: string): boolean {
  if (email.length > 254 || !EMAIL.test(email)) return false;
  const local = email.slice(0, email.lastIndexOf('@'));
  return local.length <= 64 && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..');
}

/** The addresses listed in a cell ("; " or "," separated), trimmed, "mailto:" dropped. */
export function splitEmails(cell: unknown): string[] {
  return String(cell ?? '')
    .split(new RegExp(`${LIST_SEPARATOR.trim()}|,|\\n`))
    .map((part) => part.trim().replace(/^mailto:/i, ''))
    .filter(Boolean);
}

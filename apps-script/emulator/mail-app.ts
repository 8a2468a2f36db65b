/**
 * MailApp: nothing is sent; each email is recorded (runtime.mail) as Apps Script would send it,
 * from the effective user. Its four sendEmail forms, the daily recipient quota (100 for a
 * consumer account) and the refusals the add-on could meet are kept.
 */
import type { Emulates } from './emulates.ts';
import { type Env, signatureError } from './env.ts';
import { APPS_SCRIPT_TYPE, type Service } from './tracking.ts';

/** An email the bundle sent. */
export interface SentMail {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo?: string;
  name?: string;
  noReply: boolean;
  subject: string;
  body: string;
  htmlBody?: string;
}

/** What was sent, and how many recipients are left today. */
export class MailLog {
  readonly sent: SentMail[] = [];
  constructor(public remainingQuota = 100) {}
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;
// Apps Script refuses a subject over 250 characters.
const MAX_SUBJECT = 250;

type Message = Record<string, unknown>;

function addresses(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  const list = String(value)
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
  for (const address of list) if (!EMAIL.test(address)) throw new Error(`Invalid email: ${address}`);
  return list;
}

function optionalText(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}

/** The message object form of any sendEmail call. */
function messageOf(args: unknown[]): Message {
  const [first, second, third, fourth] = args;
  if (args.length === 1 && typeof first === 'object' && first !== null) return first as Message;
  if (args.length === 3 && args.every((a) => typeof a === 'string'))
    return { to: first, subject: second, body: third };
  if (args.length === 4 && typeof fourth === 'object' && fourth !== null)
    return { ...(fourth as Message), to: first, subject: second, body: third };
  if (args.length === 4 && args.every((a) => typeof a === 'string'))
    return { to: first, replyTo: second, subject: third, body: fourth };
  throw signatureError('MailApp', 'sendEmail', args);
}

/** MailApp, recording into `log`. */
export function createMailApp(env: Env, log: MailLog): Service {
  return {
    [APPS_SCRIPT_TYPE]: 'MailApp',
    getRemainingDailyQuota: () => log.remainingQuota,
    sendEmail(...args: unknown[]): void {
      const message = messageOf(args);
      const mail: SentMail = {
        from: env.execution.effectiveUser,
        to: addresses(message.to),
        cc: addresses(message.cc),
        bcc: addresses(message.bcc),
        noReply: message.noReply === true,
        subject: String(message.subject ?? ''),
        body: String(message.body ?? ''),
      };
      const recipients = mail.to.length + mail.cc.length + mail.bcc.length;
      if (recipients === 0) throw new Error('Failed to send email: no recipient');
      if (mail.subject.length > MAX_SUBJECT) throw new Error('Argument too large: subject');
      if (recipients > log.remainingQuota)
        throw new Error('Service invoked too many times for one day: email.');
      const replyTo = optionalText(message.replyTo);
      if (replyTo !== undefined) mail.replyTo = addresses(replyTo)[0];
      const name = optionalText(message.name);
      if (name !== undefined) mail.name = name;
      const htmlBody = optionalText(message.htmlBody);
      if (htmlBody !== undefined) mail.htmlBody = htmlBody;
      log.remainingQuota -= recipients;
      log.sent.push(mail);
    },
  } satisfies Service & Emulates<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'>;
}

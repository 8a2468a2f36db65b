/** Session, ScriptApp, Logger and console: who runs, where the web app lives, and logs. */

import type { Emulates } from './emulates.ts';
import { AuthMode } from './enums.ts';
import type { Env } from './env.ts';
import { APPS_SCRIPT_TYPE, type Emulated, type Service } from './tracking.ts';
import { FakeUser } from './user.ts';

/** Session. */
export function createSession(env: Env): Service {
  return {
    [APPS_SCRIPT_TYPE]: 'Session',
    getActiveUser: () => new FakeUser(env.execution.activeUser),
    getEffectiveUser: () => new FakeUser(env.execution.effectiveUser),
    getScriptTimeZone: () => env.scriptTimeZone,
    getActiveUserLocale: () => 'en',
    getTemporaryActiveUserKey: () => `temp-${env.execution.activeUser || 'anonymous'}`,
  } satisfies Emulated &
    Record<string, unknown> &
    Emulates<
      GoogleAppsScript.Base.Session,
      'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale'
    >;
}

/** ScriptApp. */
export function createScriptApp(scriptId: string, scriptUrl: string): Service {
  const service = {
    [APPS_SCRIPT_TYPE]: 'Service',
    getUrl: () => scriptUrl,
    isEnabled: () => true,
  } as Emulated;
  return {
    [APPS_SCRIPT_TYPE]: 'ScriptApp',
    AuthMode,
    getService: () => service,
    getScriptId: () => scriptId,
  } satisfies Emulated &
    Record<string, unknown> &
    Emulates<GoogleAppsScript.Script.ScriptApp, 'getService' | 'getScriptId'>;
}

/** A log line from Logger or console. */
export interface LogRecord {
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

function formatArgs(args: unknown[]): string {
  return args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' ');
}

function safeJson(value: unknown): string {
  if (value instanceof Error || Object.prototype.toString.call(value) === '[object Error]')
    return String((value as Error).stack ?? value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Logger (with `%s` formatting) and console, both writing to the runtime's log. */
export function createLoggers(logs: LogRecord[]): { Logger: Emulated; console: Emulated } {
  const Logger = {
    [APPS_SCRIPT_TYPE]: 'Logger',
    log(format: unknown, ...values: unknown[]) {
      let message = typeof format === 'string' ? format : safeJson(format);
      for (const value of values)
        message = message.replace(/%s/, typeof value === 'string' ? value : safeJson(value));
      logs.push({ level: 'log', message });
      return Logger;
    },
    getLog: () => logs.map((l) => l.message).join('\n'),
    clear: () => {
      logs.length = 0;
    },
  } as Emulated;
  const entry =
    (level: LogRecord['level']) =>
    (...args: unknown[]) => {
      logs.push({ level, message: formatArgs(args) });
    };
  const console = {
    [APPS_SCRIPT_TYPE]: 'console',
    log: entry('log'),
    info: entry('info'),
    warn: entry('warn'),
    error: entry('error'),
  } as Emulated;
  return { Logger, console };
}

/**
 * ScriptApp's installable triggers: newTrigger(fn).timeBased()…create(), getProjectTriggers,
 * deleteTrigger. Triggers belong to the user who created them (getProjectTriggers lists only the
 * current user's), and a user may hold at most 20 per script, as in Apps Script. Nothing fires on
 * its own: tests call the handler themselves, as the trigger would.
 */
import type { Emulates } from './emulates.ts';
import type { Env } from './env.ts';
import { signatureError } from './env.ts';
import { APPS_SCRIPT_TYPE, type Emulated, unwrap } from './tracking.ts';

/** ScriptApp.EventType. */
export const EventType = Object.freeze({
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
});
/** ScriptApp.TriggerSource. */
export const TriggerSource = Object.freeze({
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
  CALENDAR: 'CALENDAR',
});

// Apps Script's limit of triggers per user per script.
const MAX_TRIGGERS_PER_USER = 20;

/** What a clock trigger was set up to do. */
export interface TriggerRecord {
  id: string;
  handler: string;
  /** Who created it: it runs as them. */
  user: string;
  eventType: 'CLOCK';
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  timeZone?: string;
}

/** The triggers of the project, for all users. */
export class TriggerStore {
  readonly triggers: TriggerRecord[] = [];
  private lastId = 0;

  /** Adds a trigger for a user, refusing the 21st as Apps Script does. */
  add(record: Omit<TriggerRecord, 'id'>): TriggerRecord {
    if (this.triggers.filter((t) => t.user === record.user).length >= MAX_TRIGGERS_PER_USER)
      throw new Error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    this.lastId += 1;
    const trigger = { id: String(4_000_000 + this.lastId), ...record };
    this.triggers.push(trigger);
    return trigger;
  }
  /** The triggers a user created. */
  of(user: string): TriggerRecord[] {
    return this.triggers.filter((t) => t.user === user);
  }
  remove(id: string): void {
    const index = this.triggers.findIndex((t) => t.id === id);
    if (index >= 0) this.triggers.splice(index, 1);
  }
}

/** An installed trigger. */
export class FakeTrigger
  implements
    Emulated,
    Emulates<
      GoogleAppsScript.Script.Trigger,
      'getHandlerFunction' | 'getUniqueId' | 'getTriggerSourceId' | 'getEventType' | 'getTriggerSource'
    >
{
  readonly [APPS_SCRIPT_TYPE] = 'Trigger';
  constructor(readonly record: TriggerRecord) {}

  getHandlerFunction(): string {
    return this.record.handler;
  }
  getUniqueId(): string {
    return this.record.id;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return EventType.CLOCK as unknown as GoogleAppsScript.Script.EventType;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return TriggerSource.CLOCK as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getTriggerSourceId(): string {
    return '';
  }
}

/** ScriptApp.newTrigger(fn).timeBased(). */
export class FakeClockTriggerBuilder implements Emulated {
  readonly [APPS_SCRIPT_TYPE] = 'ClockTriggerBuilder';
  private readonly settings: Partial<TriggerRecord> = {};

  constructor(
    private readonly env: Env,
    private readonly store: TriggerStore,
    private readonly handler: string,
  ) {}

  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(n)) throw signatureError('ClockTriggerBuilder', 'everyMinutes', [n]);
    this.settings.everyMinutes = n;
    return this;
  }
  everyHours(n: number): this {
    this.settings.everyHours = wholeNumber('everyHours', n);
    return this;
  }
  everyDays(n: number): this {
    this.settings.everyDays = wholeNumber('everyDays', n);
    return this;
  }
  everyWeeks(n: number): this {
    this.settings.everyWeeks = wholeNumber('everyWeeks', n);
    return this;
  }
  atHour(hour: number): this {
    if (typeof hour !== 'number' || !Number.isInteger(hour) || hour < 0 || hour > 23)
      throw signatureError('ClockTriggerBuilder', 'atHour', [hour]);
    this.settings.atHour = hour;
    return this;
  }
  nearMinute(minute: number): this {
    if (typeof minute !== 'number' || !Number.isInteger(minute) || minute < 0 || minute > 59)
      throw signatureError('ClockTriggerBuilder', 'nearMinute', [minute]);
    this.settings.nearMinute = minute;
    return this;
  }
  inTimezone(timeZone: string): this {
    this.settings.timeZone = String(timeZone);
    return this;
  }
  create(): FakeTrigger {
    return new FakeTrigger(
      this.store.add({
        ...this.settings,
        handler: this.handler,
        user: this.env.execution.effectiveUser,
        eventType: 'CLOCK',
      }),
    );
  }
}

function wholeNumber(method: string, n: unknown): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
    throw signatureError('ClockTriggerBuilder', method, [n]);
  return n;
}

/** ScriptApp.newTrigger(fn). */
export class FakeTriggerBuilder implements Emulated {
  readonly [APPS_SCRIPT_TYPE] = 'TriggerBuilder';
  constructor(
    private readonly env: Env,
    private readonly store: TriggerStore,
    private readonly handler: string,
  ) {}

  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.env, this.store, this.handler);
  }
}

/** The trigger methods and enums ScriptApp gains (merged into ScriptApp by the runtime). */
export function createTriggerMethods(env: Env, store: TriggerStore) {
  return {
    EventType,
    TriggerSource,
    newTrigger(functionName: string): FakeTriggerBuilder {
      if (typeof functionName !== 'string') throw signatureError('ScriptApp', 'newTrigger', [functionName]);
      return new FakeTriggerBuilder(env, store, functionName);
    },
    getProjectTriggers(): FakeTrigger[] {
      return store.of(env.execution.effectiveUser).map((record) => new FakeTrigger(record));
    },
    deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
      const raw = unwrap(trigger);
      if (!(raw instanceof FakeTrigger)) throw signatureError('ScriptApp', 'deleteTrigger', [trigger]);
      store.remove(raw.record.id);
    },
  } satisfies Record<string, unknown> &
    Partial<Emulates<GoogleAppsScript.Script.ScriptApp, 'getProjectTriggers' | 'deleteTrigger'>>;
}

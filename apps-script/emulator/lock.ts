/**
 * LockService. Executions in one runtime run one at a time, so a lock is free unless a test says
 * another execution holds it (`runtime.locks.heldElsewhere`), which makes waitLock time out.
 */
import type { Emulates } from './emulates.ts';
import { APPS_SCRIPT_TYPE, type Emulated, type Service } from './tracking.ts';

/** Which locks the current execution holds, and simulated contention. */
export class LockState {
  /** Locks another (simulated) execution holds: 'script' | 'document' | 'user'. */
  readonly heldElsewhere = new Set<string>();
  readonly held = new Set<string>();
  /** Milliseconds the bundle asked to wait, in order (for assertions). */
  readonly waits: number[] = [];

  /** Ends the execution: Apps Script releases its locks. */
  releaseAll(): void {
    this.held.clear();
  }
}

/** A lock object. */
export class FakeLock
  implements
    Emulated,
    Emulates<GoogleAppsScript.Lock.Lock, 'tryLock' | 'hasLock' | 'releaseLock' | 'waitLock'>
{
  readonly [APPS_SCRIPT_TYPE] = 'Lock';
  constructor(
    private readonly state: LockState,
    private readonly scope: string,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    this.state.waits.push(timeoutInMillis);
    if (this.state.heldElsewhere.has(this.scope)) return false;
    this.state.held.add(this.scope);
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.state.held.has(this.scope);
  }
  releaseLock(): void {
    this.state.held.delete(this.scope);
  }
}

/** LockService. */
export function createLockService(state: LockState): Service {
  return {
    [APPS_SCRIPT_TYPE]: 'LockService',
    getScriptLock: () => new FakeLock(state, 'script'),
    getDocumentLock: () => new FakeLock(state, 'document'),
    getUserLock: () => new FakeLock(state, 'user'),
  } satisfies Emulated &
    Record<string, unknown> &
    Emulates<GoogleAppsScript.Lock.LockService, 'getScriptLock' | 'getDocumentLock' | 'getUserLock'>;
}

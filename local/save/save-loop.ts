/**
 * When the xlsx is written: soon after a change (batched: changes made while a save runs share
 * the next one), at once when a caller waits for it, and again later when a save failed.
 */
import { GroupSave } from './group-save.ts';

/** Background batching delay: posts arriving together share one save. */
const SAVE_DELAY_MS = 100;
const RETRY_MS = 1_000;
/** Attempts of one save while the file keeps changing under it. */
const MAX_ATTEMPTS = 5;

/** Schedules saves; `attempt` resolves false when it must be tried again (file changed). */
export class SaveLoop {
  private readonly group: GroupSave;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(attempt: () => Promise<boolean>) {
    this.group = new GroupSave(async () => {
      for (let i = 0; i < MAX_ATTEMPTS; i += 1) if (await attempt()) return;
      throw new Error('the workbook file kept changing on disk while saving');
    });
  }

  /** A save soon (within about SAVE_DELAY_MS plus the save's own time). */
  schedule(delay = SAVE_DELAY_MS): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.group.request().catch((error: unknown) => {
        console.error('Partnerkit local: saving the workbook failed; trying again:', error);
        this.schedule(RETRY_MS);
      });
    }, delay);
    this.timer.unref();
  }

  /** Resolves once a save that began after this call has finished. */
  request(): Promise<void> {
    return this.group.request();
  }

  /** Runs a last save and stops scheduling. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.group.idle();
    await this.group.request();
  }
}

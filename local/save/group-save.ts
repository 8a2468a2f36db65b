/**
 * Group commit: callers ask for their change to be on disk; changes made while a save runs share
 * the next save, so many concurrent posts cost a few saves, and each answer waits for its own.
 */
export class GroupSave {
  private running: Promise<void> | undefined;
  private next: Promise<void> | undefined;

  /** `save` must take its snapshot synchronously when called. */
  constructor(private readonly save: () => Promise<void>) {}

  /** Resolves once a save that began after this call has finished (rejects if it failed). */
  request(): Promise<void> {
    this.next ??= this.chain();
    return this.next;
  }

  /** True while a save runs or waits: memory is then ahead of the file. */
  get busy(): boolean {
    return this.next !== undefined || this.running !== undefined;
  }

  /** Resolves when no save is running or waiting. */
  async idle(): Promise<void> {
    while (this.next ?? this.running) await (this.next ?? this.running)?.catch(() => undefined);
  }

  private async chain(): Promise<void> {
    await this.running?.catch(() => undefined);
    this.next = undefined;
    const current = this.save();
    this.running = current;
    try {
      await current;
    } finally {
      if (this.running === current) this.running = undefined;
    }
  }
}

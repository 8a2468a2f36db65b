/**
 * The main thread's side of the encode worker: one worker, jobs answered in order, stopped when
 * idle (encoding 10,000 rows leaves it holding some 200 MB). When the worker cannot start (an
 * unusual runtime), the same work runs on this thread.
 */
import { Worker } from 'node:worker_threads';
import type { WorkbookData } from '../../apps-script/emulator/index.ts';
import { encodeWorkbook } from '../xlsx-write.ts';
import type { EncodeJob, EncodeResult } from './encode-worker.ts';
import { fingerprintOf } from './fingerprint.ts';

const WORKER_URL = new URL('./encode-worker.ts', import.meta.url).href;
// The worker loads TypeScript through tsx, as `npm start` and the tests do.
const BOOT = `import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(WORKER_URL)});`;
/** A worker with no job for this long is stopped; the next save starts another (about 0.5 s). */
const IDLE_MS = 2_000;
/** Below this many cells encoding takes less than starting a worker: it runs on this thread. */
const INLINE_CELLS = 20_000;

/** Fingerprint and (when changed) xlsx bytes of a snapshot. */
export interface Encoded {
  fingerprint: string;
  bytes?: Uint8Array;
}

/** Encodes workbook snapshots off the main thread. */
export class XlsxEncoder {
  private worker: Worker | undefined;
  private failed = false;
  private lastId = 0;
  private readonly waiting = new Map<number, (result: EncodeResult) => void>();
  private idle: NodeJS.Timeout | undefined;

  /** The snapshot's fingerprint, and its bytes unless it equals `saved` (nothing changed). */
  async encode(data: WorkbookData, saved: string | undefined): Promise<Encoded> {
    const fingerprint = fingerprintOf(data);
    if (fingerprint === saved) return { fingerprint };
    return { fingerprint, bytes: await this.bytesOf(data) };
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    clearTimeout(this.idle);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private async bytesOf(data: WorkbookData): Promise<Uint8Array> {
    if (cellCount(data) < INLINE_CELLS) return encodeWorkbook(data);
    clearTimeout(this.idle);
    const worker = this.start();
    if (!worker) return encodeWorkbook(data);
    this.lastId += 1;
    const job: EncodeJob = { id: this.lastId, data };
    const result = await new Promise<EncodeResult>((resolve) => {
      this.waiting.set(job.id, resolve);
      worker.postMessage(job);
    });
    if (this.waiting.size === 0) {
      this.idle = setTimeout(() => void this.close(), IDLE_MS);
      this.idle.unref();
    }
    if (!result.bytes) throw new Error(result.error ?? 'the encoder gave no answer');
    return result.bytes;
  }

  private start(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const worker = new Worker(BOOT, { eval: true, execArgv: [] });
      worker.unref();
      worker.on('message', (result: EncodeResult) => {
        this.waiting.get(result.id)?.(result);
        this.waiting.delete(result.id);
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', () => {
        if (this.worker === worker) this.fail(new Error('the encode worker stopped'));
      });
      this.worker = worker;
    } catch (error) {
      this.fail(error);
    }
    return this.worker;
  }

  // Jobs in flight get an error (their save is retried); later jobs run on this thread.
  private fail(error: unknown): void {
    console.error('Partnerkit local: the xlsx encode worker failed; encoding on the main thread:', error);
    this.failed = true;
    this.worker = undefined;
    for (const [id, resolve] of this.waiting) resolve({ id, error: String(error) });
    this.waiting.clear();
  }
}

function cellCount(data: WorkbookData): number {
  let cells = 0;
  for (const sheet of data.sheets) cells += sheet.values.length * (sheet.values[0]?.length ?? 0);
  return cells;
}

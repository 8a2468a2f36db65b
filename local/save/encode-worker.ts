/**
 * Worker thread: encodes a workbook snapshot as xlsx, so a long encode (about a second at
 * 10,000 rows) never holds up acknowledging clips on the main thread.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkbookData } from '../../apps-script/emulator/index.ts';
import { encodeWorkbook } from '../xlsx-write.ts';

/** A job: the snapshot to encode. */
export interface EncodeJob {
  id: number;
  data: WorkbookData;
}

/** The answer: the bytes, or the error. */
export interface EncodeResult {
  id: number;
  bytes?: Uint8Array;
  error?: string;
}

const port = parentPort;
port?.on('message', (job: EncodeJob) => {
  void answer(job).then((result) => {
    port.postMessage(result, result.bytes ? [result.bytes.buffer as ArrayBuffer] : []);
  });
});

async function answer(job: EncodeJob): Promise<EncodeResult> {
  try {
    // A fresh copy owns its whole buffer, so it can be transferred without copying twice.
    return { id: job.id, bytes: new Uint8Array(await encodeWorkbook(job.data)) };
  } catch (error) {
    return { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Worker thread: fingerprints a workbook snapshot and, when it differs from the last saved one,
 * encodes the xlsx, so a long encode never holds up acknowledging clips on the main thread.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkbookData } from '../../apps-script/emulator/index.ts';
import { encodeWorkbook } from '../xlsx-write.ts';
import { fingerprintOf } from './fingerprint.ts';

/** A job: the snapshot and the fingerprint of what the file holds (undefined: always encode). */
export interface EncodeJob {
  id: number;
  data: WorkbookData;
  saved: string | undefined;
  encode: boolean;
}

/** The answer: the fingerprint, the bytes when they were encoded, or the error. */
export interface EncodeResult {
  id: number;
  fingerprint?: string;
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
    const fingerprint = fingerprintOf(job.data);
    if (!job.encode || fingerprint === job.saved) return { id: job.id, fingerprint };
    const bytes = await encodeWorkbook(job.data);
    // A fresh copy owns its whole buffer, so it can be transferred without copying twice.
    return { id: job.id, fingerprint, bytes: new Uint8Array(bytes) };
  } catch (error) {
    return { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
}

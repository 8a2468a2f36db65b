/**
 * Typed messages from the popup and options pages to the background, which owns the queue and
 * all network I/O. Replies go through `sendResponse` (with `return true`), which every browser
 * supports, rather than a returned promise.
 */
import { browser } from 'wxt/browser';
import type { Clip } from '../../shared/model.ts';
import type { SheetMatch, SheetQuery } from '../sync/sheet-lookup.ts';

export type Reply<T> = { ok: true; value: T } | { ok: false; message: string };

/** Each message's payload and the value its reply carries. */
export interface BackgroundMessages {
  saveClips: { payload: { clips: Clip[] }; reply: number };
  lookup: { payload: { queries: SheetQuery[] }; reply: SheetMatch[] };
  testConnection: { payload: { endpoint: string; token: string }; reply: true };
  retryClip: { payload: { id: string }; reply: true };
  syncNow: { payload: Record<string, never>; reply: true };
}
export type MessageType = keyof BackgroundMessages;
type Payload<K extends MessageType> = BackgroundMessages[K]['payload'];
type Value<K extends MessageType> = BackgroundMessages[K]['reply'];

export type MessageHandlers = {
  [K in MessageType]: (payload: Payload<K>) => Promise<Reply<Value<K>>>;
};

/** Sends a message to the background and waits for its reply. */
export async function sendMessage<K extends MessageType>(
  type: K,
  payload: Payload<K>,
): Promise<Reply<Value<K>>> {
  try {
    const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<Value<K>> | undefined;
    return reply ?? { ok: false, message: 'The Clipper background did not answer.' };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Answers messages with the handlers; errors become a failed reply, never an unanswered call. */
export function onMessages(handlers: MessageHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const { type, payload } = (message ?? {}) as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return false;
    const handler = handlers[type as MessageType] as (payload: unknown) => Promise<Reply<unknown>>;
    handler(payload)
      .catch((error: unknown) => ({
        ok: false as const,
        message: error instanceof Error ? error.message : String(error),
      }))
      .then(sendResponse);
    return true;
  });
}

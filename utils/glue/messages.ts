// Types only: the guards are the background's to run, and stay out of the pages.
import type { Message, MessageResponse, MessageType } from './message-contract';

export type { Message, MessageResponse, MessageType };

/** The part of the browser's own `runtime` this needs. */
export interface MessageRuntime {
  sendMessage(message: unknown): Promise<unknown>;
}

/** Where the browser keeps its own runtime: `browser` in Firefox, `chrome` in Chrome and Edge. */
const host = globalThis as { browser?: { runtime?: MessageRuntime }; chrome?: typeof host.browser };

/** How long to wait before each try again, in ms: a stopped worker takes a moment to start. */
const RETRY_DELAYS_MS = [200, 1000];

/**
 * Sends a typed message to the background and returns its typed answer: the one sender of every
 * page. A worker stopped while it handled the message closes its port, or none could receive it:
 * the message is sent again (twice at most), which starts a new worker. Every message is safe to
 * handle twice. Rejects when no try was answered, or where there is no runtime (a page outside the
 * extension). The browser's own runtime, not the polyfill: Firefox's `browser.runtime.sendMessage`
 * and Chrome's (MV3) `chrome.runtime.sendMessage` both return a promise, and the popup stays light.
 * https://developer.chrome.com/docs/extensions/reference/api/runtime#method-sendMessage
 */
export async function sendMessage<T extends MessageType>(
  message: Message<T>,
  runtime = host.browser?.runtime ?? host.chrome?.runtime,
  delaysMs: readonly number[] = RETRY_DELAYS_MS,
): Promise<MessageResponse<T>> {
  let failure: unknown = new Error('The background did not answer.');
  for (let attempt = 0; attempt <= delaysMs.length; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, delaysMs[attempt - 1]));
    try {
      return (await (runtime as MessageRuntime).sendMessage(message)) as MessageResponse<T>;
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

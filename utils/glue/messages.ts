import { browser } from 'wxt/browser';
// Types only: the handler table is the background's, and stays out of the pages.
import type { Message, MessageResponse, MessageType } from '@/entrypoints/background/messages';

export type { Message, MessageResponse, MessageType };

/** How long to wait before each try again, in ms: a stopped worker takes a moment to start. */
const RETRY_DELAYS_MS = [200, 1000];

/**
 * Sends a typed message to the background and returns its typed answer. A worker stopped while
 * it handled the message closes its port, or none could receive it: the message is sent again
 * (twice at most), which starts a new worker. Every message is safe to handle twice. Rejects
 * when no try was answered.
 */
export async function sendMessage<T extends MessageType>(
  message: Message<T>,
  runtime: Pick<typeof browser.runtime, 'sendMessage'> = browser.runtime,
  delaysMs: readonly number[] = RETRY_DELAYS_MS,
): Promise<MessageResponse<T>> {
  let failure: unknown = new Error('The background did not answer.');
  for (let attempt = 0; attempt <= delaysMs.length; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, delaysMs[attempt - 1]));
    try {
      return (await runtime.sendMessage(message)) as MessageResponse<T>;
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

// Types only: the handler table is the background's, and the popup loads no extension API.
import type { Message, MessageResponse, MessageType } from '@/entrypoints/background/messages';

/** The part of the browser's own `runtime` this needs. */
export interface MessageRuntime {
  sendMessage(message: unknown): Promise<unknown>;
}

/** Where the browser keeps its own runtime: `browser` in Firefox, `chrome` in Chrome and Edge. */
const host = globalThis as { browser?: { runtime?: MessageRuntime }; chrome?: typeof host.browser };

/**
 * Sends a typed message to the background and returns its typed answer, without the polyfill:
 * Firefox's `browser.runtime.sendMessage` and Chrome's (MV3) `chrome.runtime.sendMessage` both
 * return a promise. For the popup, which stays light; other pages use `sendMessage`. Rejects
 * where there is no runtime (a page outside the extension) or nothing can answer.
 * https://developer.chrome.com/docs/extensions/reference/api/runtime#method-sendMessage
 */
export async function sendRuntimeMessage<T extends MessageType>(
  message: Message<T>,
  runtime = host.browser?.runtime ?? host.chrome?.runtime,
): Promise<MessageResponse<T>> {
  return (await (runtime as MessageRuntime).sendMessage(message)) as MessageResponse<T>;
}

import { browser } from 'wxt/browser';
import type { Preferences } from './preferences';

/**
 * Every message between the pages and the background, with its answer. idb-keyval has no change
 * events, so a page that saved something says so here and the background re-plans.
 */
export interface MessageMap {
  'preferences-changed': {
    /** Which preferences changed: only a new interval moves the next pause. */
    request: { changedFields: (keyof Preferences)[] };
    response: { nextPauseAtMs: number };
  };
}

export type MessageType = keyof MessageMap;

export type Message<T extends MessageType = MessageType> = { type: T } & MessageMap[T]['request'];

export type MessageResponse<T extends MessageType> = MessageMap[T]['response'];

const MESSAGE_TYPES: readonly MessageType[] = ['preferences-changed'];

/** True when `value` is one of our messages, well formed (anything else is ignored). */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const { type, changedFields } = value as { type?: unknown; changedFields?: unknown };
  if (!MESSAGE_TYPES.includes(type as MessageType)) return false;
  return Array.isArray(changedFields) && changedFields.every((field) => typeof field === 'string');
}

/** Sends a typed message to the background and returns its typed answer. */
export async function sendMessage<T extends MessageType>(
  message: Message<T>,
  runtime: Pick<typeof browser.runtime, 'sendMessage'> = browser.runtime,
): Promise<MessageResponse<T>> {
  return (await runtime.sendMessage(message)) as MessageResponse<T>;
}

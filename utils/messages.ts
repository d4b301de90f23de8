import { browser } from 'wxt/browser';
import {
  PAUSE_SPANS,
  type PauseSpan,
  type PauseState,
  SNOOZE_MINUTES,
  type SnoozeMinutes,
} from './pause-state';
import type { Preferences } from './preferences';

/**
 * Every message between the pages and the background, with its answer. idb-keyval has no change
 * events, so a page that saved something says so here and the background re-plans.
 */
export interface MessageMap {
  'preferences-changed': {
    /** Which preferences changed: only a new interval moves the next pause. */
    request: { changedFields: (keyof Preferences)[] };
    response: { state: PauseState };
  };
  'popup-opened': {
    /** The card the popup showed: the one reserved for it, so the next one is reserved now. */
    request: { shownCardId: string };
    response: undefined;
  };
  'pause-opened': {
    /** The pause page opened; the answer names the card of the pause (the announced one). */
    request: Record<never, never>;
    response: { state: PauseState; cardId: string | null };
  };
  'pause-finished': {
    /** "Klaar": the pause is taken, with the user's note (empty when they wrote none). */
    request: { note: string };
    response: { state: PauseState };
  };
  'pause-snoozed': {
    /** "Later": the pause comes again in so many minutes. */
    request: { minutes: SnoozeMinutes };
    response: { state: PauseState };
  };
  'reminders-paused': {
    request: { span: PauseSpan };
    response: { state: PauseState };
  };
  'reminders-resumed': {
    request: Record<never, never>;
    response: { state: PauseState };
  };
}

export type MessageType = keyof MessageMap;

export type Message<T extends MessageType = MessageType> = T extends MessageType
  ? { type: T } & MessageMap[T]['request']
  : never;

export type MessageResponse<T extends MessageType> = MessageMap[T]['response'];

/** Each message's shape, checked field by field: whatever arrives on the bus is untrusted. */
const IS_REQUEST: { [T in MessageType]: (value: Record<string, unknown>) => boolean } = {
  'preferences-changed': ({ changedFields }) =>
    Array.isArray(changedFields) && changedFields.every((field) => typeof field === 'string'),
  'popup-opened': ({ shownCardId }) => typeof shownCardId === 'string',
  'pause-opened': () => true,
  'pause-finished': ({ note }) => typeof note === 'string',
  'pause-snoozed': ({ minutes }) => SNOOZE_MINUTES.includes(minutes as SnoozeMinutes),
  'reminders-paused': ({ span }) => PAUSE_SPANS.includes(span as PauseSpan),
  'reminders-resumed': () => true,
};

/** True when `value` is one of our messages, well formed (anything else is ignored). */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const type = record.type as MessageType;
  return Object.hasOwn(IS_REQUEST, type) && IS_REQUEST[type](record);
}

/** Sends a typed message to the background and returns its typed answer. */
export async function sendMessage<T extends MessageType>(
  message: Message<T>,
  runtime: Pick<typeof browser.runtime, 'sendMessage'> = browser.runtime,
): Promise<MessageResponse<T>> {
  return (await runtime.sendMessage(message)) as MessageResponse<T>;
}

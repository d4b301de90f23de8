import { browser } from 'wxt/browser';
import { NOTE_MAX_CHARS } from '@/utils/core/pause-log';
import {
  PAUSE_SPANS,
  type PauseSpan,
  type PauseState,
  SNOOZE_MINUTES,
  type SnoozeMinutes,
} from '@/utils/core/pause-model';
import type { Preferences } from '@/utils/core/preferences';
import { isTime } from '@/utils/core/stored-values';

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
    /**
     * The pause page opened; the answer names the card of the pause (the announced one) and when
     * the pause began (null when the page began it alone: reminders paused).
     */
    request: Record<never, never>;
    response: { state: PauseState; cardId: string | null; startedAtMs: number | null };
  };
  'pause-finished': {
    /**
     * "Klaar": the pause is taken, with the user's note (empty when they wrote none). The pause
     * is named by when it began, so a second "Klaar" for it (a retry, another page) adds no line.
     */
    request: { note: string; startedAtMs?: number | null };
    /** The new state; or, when the history holds all the notes it takes, the note refused. */
    response: { state: PauseState } | { refused: 'notesFull' };
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
  'cards-hidden': {
    /** A card was hidden: the one reserved for the popup's next opening may be it. */
    request: Record<never, never>;
    response: undefined;
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
  'pause-finished': ({ note, startedAtMs }) =>
    typeof note === 'string' &&
    note.length <= NOTE_MAX_CHARS &&
    (startedAtMs === undefined || startedAtMs === null || isTime(startedAtMs)),
  'pause-snoozed': ({ minutes }) => SNOOZE_MINUTES.includes(minutes as SnoozeMinutes),
  'reminders-paused': ({ span }) => PAUSE_SPANS.includes(span as PauseSpan),
  'reminders-resumed': () => true,
  'cards-hidden': () => true,
};

/** True when `value` is one of our messages, well formed (anything else is ignored). */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const type = record.type as MessageType;
  return Object.hasOwn(IS_REQUEST, type) && IS_REQUEST[type](record);
}

/** How long to wait before each try again, in ms: a stopped worker takes a moment to start. */
const RETRY_DELAYS_MS = [200, 1000];

/**
 * Sends a typed message to the background and returns its typed answer. A worker stopped while
 * it handled the message answers nothing, or its port closes: the message is sent again (twice
 * at most), which starts a new worker. Every message is safe to handle twice. Rejects when no
 * try was answered.
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
      const response = (await runtime.sendMessage(message)) as MessageResponse<T>;
      // Messages without an answer (popup-opened, cards-hidden) are done once sent.
      if (response !== undefined || !EXPECTS_ANSWER[message.type]) return response;
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

/** Which messages the background answers: no answer to one of these means it was not handled. */
const EXPECTS_ANSWER: { [T in MessageType]: boolean } = {
  'preferences-changed': true,
  'popup-opened': false,
  'pause-opened': true,
  'pause-finished': true,
  'pause-snoozed': true,
  'reminders-paused': true,
  'reminders-resumed': true,
  'cards-hidden': false,
};

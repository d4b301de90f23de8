import type { Card } from '@/utils/core/card';
import type { Refusal } from '@/utils/core/edit';
import {
  type CommitProblem,
  LOOK_BACKS,
  type LookBack,
  WORDS_MAX_CHARS,
} from '@/utils/core/intentions';
import type { Language } from '@/utils/core/language';
import { NOTE_MAX_CHARS } from '@/utils/core/pause-log';
import {
  PAUSE_SPANS,
  type PauseSpan,
  type PauseState,
  SNOOZE_MINUTES,
  type SnoozeMinutes,
} from '@/utils/core/pause-model';
import type { Preferences } from '@/utils/core/preferences';
import { isIntentionId } from '@/utils/core/stored-intentions';
import { isTime } from '@/utils/core/stored-values';

// The contract between the pages and the background: every message, what a page sends, what the
// background answers, and how the background tells a message is well formed (what arrives is
// untrusted). The background's handlers satisfy it (entrypoints/background/messages.ts); the pages
// send through utils/glue/messages.ts. Each message is named after the event it causes.

/** A card for the popup, in the user's language, and that language. */
export interface PopupCard {
  /** Null when no card can be drawn: every card of the chosen kinds and sources is hidden. */
  card: Card | null;
  language: Language;
}

/** A small step the user chose to try, in their words. */
export interface ChosenStep {
  /** Made by the page: a step sent again (a worker stopped before it answered) is stored once. */
  id: string;
  cardId: string;
  words: string;
  lookBack: LookBack;
}

/**
 * What became of a step chosen: why it was refused, or the moment its follow-up can first come
 * (its look-back inside the active hours), for the page to say.
 */
export type StepChosenAnswer =
  | { refused: CommitProblem }
  | { refused: null; lookBackDueMs: number };

type Nothing = Record<never, never>;
type WithState = { state: PauseState };

/** Every message: what a page sends (`request`) and what the background answers (`response`). */
export interface MessageContract {
  'preferences-changed': { request: { changedFields: (keyof Preferences)[] }; response: WithState };
  'popup-opened': { request: Nothing; response: { openSteps: number; state: PauseState | null } };
  'pause-opened': {
    request: Nothing;
    response: WithState & { cardId: string | null; startedAtMs: number | null };
  };
  'pause-finished': {
    request: { note: string; startedAtMs?: number | null };
    response: WithState | Refusal<never>;
  };
  'pause-snoozed': { request: { minutes: SnoozeMinutes }; response: WithState };
  'reminders-paused': { request: { span: PauseSpan }; response: WithState };
  'reminders-resumed': { request: Nothing; response: WithState };
  'deck-changed': { request: Nothing; response: undefined };
  'card-asked': { request: Nothing; response: PopupCard };
  'card-hidden': { request: { cardId: string }; response: PopupCard };
  'step-chosen': { request: ChosenStep; response: StepChosenAnswer };
  'card-restored': { request: { cardId: string }; response: Nothing };
}

export type MessageType = keyof MessageContract;

/** A message as a page sends it: its type, and what it carries. */
export type Message<T extends MessageType = MessageType> = T extends MessageType
  ? { type: T } & MessageContract[T]['request']
  : never;

/** The background's answer to a message. */
export type MessageResponse<T extends MessageType> = MessageContract[T]['response'];

/**
 * The longest card id a page may name: the article's ids and own cards' are far shorter. Anything
 * longer is not one of ours, and is not stored in the hidden cards.
 */
const CARD_ID_MAX_CHARS = 200;

/**
 * The most a page may send as a step's words: refused past this, unread. Within it, words longer
 * than a step holds once trimmed are refused by the store, with a message the form shows.
 */
const WORDS_READ_MAX_CHARS = 4 * WORDS_MAX_CHARS;

const isCardId = (cardId: unknown): cardId is string =>
  typeof cardId === 'string' && cardId !== '' && cardId.length <= CARD_ID_MAX_CHARS;
const always = () => true;

/** How each message is told to be well formed. */
const GUARDS: { [T in MessageType]: (message: Record<string, unknown>) => boolean } = {
  'preferences-changed': ({ changedFields }) =>
    Array.isArray(changedFields) && changedFields.every((field) => typeof field === 'string'),
  'popup-opened': always,
  'pause-opened': always,
  'pause-finished': ({ note, startedAtMs }) =>
    typeof note === 'string' &&
    note.length <= NOTE_MAX_CHARS &&
    (startedAtMs === undefined || startedAtMs === null || isTime(startedAtMs)),
  'pause-snoozed': ({ minutes }) => SNOOZE_MINUTES.includes(minutes as SnoozeMinutes),
  'reminders-paused': ({ span }) => PAUSE_SPANS.includes(span as PauseSpan),
  'reminders-resumed': always,
  'deck-changed': always,
  'card-asked': always,
  'card-hidden': ({ cardId }) => isCardId(cardId),
  'step-chosen': ({ id, cardId, words, lookBack }) =>
    isIntentionId(id) &&
    isCardId(cardId) &&
    typeof words === 'string' &&
    words.length <= WORDS_READ_MAX_CHARS &&
    LOOK_BACKS.includes(lookBack as LookBack),
  'card-restored': ({ cardId }) => isCardId(cardId),
};

/** True when `value` is one of our messages, well formed (anything else is ignored). */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const type = record.type as MessageType;
  return Object.hasOwn(GUARDS, type) && GUARDS[type](record);
}

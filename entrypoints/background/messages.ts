import { browser } from 'wxt/browser';
import type { Refusal } from '@/utils/core/edit';
import {
  type CommitProblem,
  getFollowUpDueMs,
  LOOK_BACKS,
  type LookBack,
  WORDS_MAX_CHARS,
} from '@/utils/core/intentions';
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
import { announceChange, type StoreChange } from '@/utils/glue/changes';
import { hideCard, unhideCard } from '@/utils/store/deck-store';
import { commitIntention, countOpenIntentions } from '@/utils/store/intentions-store';
import { loadPauseState } from '@/utils/store/pause-state-store';
import { loadPreferences } from '@/utils/store/preferences-store';
import { applyPauseEvent, NotesFullError } from './pauses';
import { drawPopupCard, updatePopup } from './popup';
import { findStepText } from './step-text';

/** What the background's answers draw on. */
export interface MessageDeps {
  apply: typeof applyPauseEvent;
  updatePopup: typeof updatePopup;
  /** Takes the mark off the toolbar button: the popup has been seen. */
  clearBadge: () => Promise<void>;
  countOpenSteps: () => Promise<number>;
  /** The stored pause state (null before the first plan), for the popup's status. */
  loadPauseState: () => Promise<PauseState | null>;
  /** The next card of the shared bag, for the popup, in the user's language. */
  drawPopupCard: typeof drawPopupCard;
  hideCard: (cardId: string) => Promise<void>;
  unhideCard: (cardId: string) => Promise<void>;
  /** Tells the open pages (the settings' list of hidden cards) what was stored. */
  announceChange: (change: StoreChange) => void;
  /** Stores a step chosen to try, or says why it cannot be. */
  commitStep: (step: ChosenStep) => Promise<StepChosenAnswer>;
}

/** A small step the user chose to try in the popup, in their words. */
export interface ChosenStep {
  /** Made by the page: a step sent again (a worker stopped before it answered) is stored once. */
  id: string;
  cardId: string;
  words: string;
  lookBack: LookBack;
}

/**
 * What became of a step chosen: why it was refused, or the moment its follow-up can first come
 * (its look-back inside the active hours), for the popup to say.
 */
export type StepChosenAnswer =
  | { refused: CommitProblem }
  | { refused: null; lookBackDueMs: number };

/** One message: how to tell it is well formed (what arrives is untrusted), and its answer. */
interface MessageHandler<Request, Response> {
  isRequest: (message: Record<string, unknown>) => boolean;
  handle: (request: Request, deps: MessageDeps) => Promise<Response>;
}

const message = <Request, Response>(handler: MessageHandler<Request, Response>) => handler;
const withState = (state: PauseState) => ({ state });

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

/**
 * Every message between the pages and the background, with its answer, in one table: adding a
 * message is one entry. Each is named after the event it causes. idb-keyval has no change
 * events, so a page that saved something says so here and the background plans again.
 */
const MESSAGES = {
  'preferences-changed': message({
    isRequest: ({ changedFields }) =>
      Array.isArray(changedFields) && changedFields.every((field) => typeof field === 'string'),
    handle: async ({ changedFields }: { changedFields: (keyof Preferences)[] }, deps) => {
      // Other kinds or sources of card may leave the reserved card out: reserve another then.
      await deps.updatePopup({
        reserveNext: changedFields.some(
          (field) => field === 'enabledKinds' || field === 'cardSource',
        ),
      });
      return withState(await deps.apply({ type: 'preferences-changed', changedFields }));
    },
  }),
  /**
   * The popup opened: the card for its next opening is reserved, and the mark taken off. Answers
   * with the pause state, for the popup's status (the popup reads no stored state itself, and so
   * carries none of its readers), and how many steps are being tried, which it mentions quietly.
   */
  'popup-opened': message({
    isRequest: () => true,
    handle: async (_: Record<never, never>, deps) => {
      const [openSteps, state] = await Promise.all([
        deps.countOpenSteps().catch(() => 0),
        deps.loadPauseState().catch(() => null),
        deps.updatePopup({ reserveNext: true }),
        deps.clearBadge(),
      ]);
      return { openSteps, state };
    },
  }),
  /**
   * The pause page opened: its card (the announced one, else the next of the shared bag, drawn
   * here as the popup's are), and when its pause began.
   */
  'pause-opened': message({
    isRequest: () => true,
    handle: async (_: Record<never, never>, deps) => {
      const state = await deps.apply({ type: 'pause-opened' });
      const { phase } = state;
      const announced = phase.kind === 'taking' ? phase.cardId : null;
      return {
        state,
        cardId: announced ?? (await deps.drawPopupCard()).card?.id ?? null,
        startedAtMs: phase.kind === 'taking' ? phase.sinceMs : null,
      };
    },
  }),
  /**
   * "Klaar": the pause is taken, with the note (empty when none). The pause is named by when it
   * began, so a second "Klaar" for it (a retry, another page) adds no line. When the history
   * holds all the notes it takes, the note is refused and nothing changes.
   */
  'pause-finished': message({
    isRequest: ({ note, startedAtMs }) =>
      typeof note === 'string' &&
      note.length <= NOTE_MAX_CHARS &&
      (startedAtMs === undefined || startedAtMs === null || isTime(startedAtMs)),
    handle: async (
      { note, startedAtMs }: { note: string; startedAtMs?: number | null },
      deps,
    ): Promise<{ state: PauseState } | Refusal<never>> => {
      try {
        return withState(await deps.apply({ type: 'pause-finished', note, startedAtMs }));
      } catch (error) {
        if (error instanceof NotesFullError) return { refused: 'notesFull' };
        throw error;
      }
    },
  }),
  /** "Later": the pause comes again in so many minutes. */
  'pause-snoozed': message({
    isRequest: ({ minutes }) => SNOOZE_MINUTES.includes(minutes as SnoozeMinutes),
    handle: async ({ minutes }: { minutes: SnoozeMinutes }, deps) =>
      withState(await deps.apply({ type: 'pause-snoozed', minutes })),
  }),
  'reminders-paused': message({
    isRequest: ({ span }) => PAUSE_SPANS.includes(span as PauseSpan),
    handle: async ({ span }: { span: PauseSpan }, deps) =>
      withState(await deps.apply({ type: 'reminders-paused', span })),
  }),
  'reminders-resumed': message({
    isRequest: () => true,
    handle: async (_: Record<never, never>, deps) =>
      withState(await deps.apply({ type: 'reminders-resumed' })),
  }),
  /**
   * A card was hidden, or an own card written, changed or deleted: the card reserved for the
   * popup's next opening is drawn again if it can no longer be drawn, and shows its words as now.
   */
  'deck-changed': message({
    isRequest: () => true,
    handle: async (_: Record<never, never>, deps) => {
      await deps.updatePopup({ reserveNext: false });
    },
  }),
  /**
   * "Nog een" in the popup, or a popup opened without a card in its address: the next card of the
   * shared bag, in the user's language (null when every card that could be drawn is hidden), and
   * that language, so a popup of the other language's page can move to its own.
   */
  'card-asked': message({
    isRequest: () => true,
    handle: (_: Record<never, never>, deps) => deps.drawPopupCard(),
  }),
  /**
   * The popup hid its card: no draw shows it again, an open settings page lists it, and a popup
   * reserved with it gets another. Answers with the card to show in its place.
   */
  'card-hidden': message({
    isRequest: ({ cardId }) => isCardId(cardId),
    handle: async ({ cardId }: { cardId: string }, deps) => {
      await deps.hideCard(cardId);
      deps.announceChange('hidden-cards');
      await deps.updatePopup({ reserveNext: false });
      return deps.drawPopupCard();
    },
  }),
  /**
   * "Dit ga ik proberen" in the popup: the step is stored with the user's words (refused when a
   * few are open already, the history is full, or the words are too long once trimmed), and the
   * journal open beside it shows it.
   */
  'step-chosen': message({
    isRequest: ({ id, cardId, words, lookBack }) =>
      isIntentionId(id) &&
      isCardId(cardId) &&
      typeof words === 'string' &&
      words.length <= WORDS_READ_MAX_CHARS &&
      LOOK_BACKS.includes(lookBack as LookBack),
    handle: async (step: ChosenStep, deps): Promise<StepChosenAnswer> => {
      const answer = await deps.commitStep(step);
      if (!answer.refused) deps.announceChange('history');
      return answer;
    },
  }),
  /** The popup took a hide back: the card can be drawn again, and the settings no longer list it. */
  'card-restored': message({
    isRequest: ({ cardId }) => isCardId(cardId),
    handle: async ({ cardId }: { cardId: string }, deps): Promise<Record<never, never>> => {
      await deps.unhideCard(cardId);
      deps.announceChange('hidden-cards');
      return {};
    },
  }),
};

type Messages = typeof MESSAGES;
export type MessageType = keyof Messages;

/** A message as a page sends it: its type, and what its handler takes. */
export type Message<T extends MessageType = MessageType> = T extends MessageType
  ? { type: T } & Parameters<Messages[T]['handle']>[0]
  : never;

/** The background's answer to a message. */
export type MessageResponse<T extends MessageType> = Awaited<ReturnType<Messages[T]['handle']>>;

/** True when `value` is one of our messages, well formed (anything else is ignored). */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const type = record.type as MessageType;
  return Object.hasOwn(MESSAGES, type) && MESSAGES[type].isRequest(record);
}

const defaultDeps = (): MessageDeps => ({
  apply: applyPauseEvent,
  updatePopup,
  clearBadge: () => browser.action.setBadgeText({ text: '' }),
  countOpenSteps: () => countOpenIntentions(),
  loadPauseState: () => loadPauseState(Date.now()),
  drawPopupCard: () => drawPopupCard(),
  hideCard: (cardId) => hideCard(cardId),
  unhideCard: (cardId) => unhideCard(cardId),
  announceChange,
  commitStep: commitChosenStep,
});

/**
 * Stores a step chosen in the popup, now, with its card's words as found here; resolves to why it
 * cannot be, or when it comes back.
 */
export async function commitChosenStep(step: ChosenStep): Promise<StepChosenAnswer> {
  const { id, cardId, words, lookBack } = step;
  const stepText = await findStepText(cardId);
  const result = await commitIntention({ id, cardId, stepText, words, lookBack }, Date.now());
  if (typeof result === 'string') return { refused: result };
  // The step is stored: hours that cannot be read now leave its look-back as planned.
  const stored = await loadPreferences().catch(() => null);
  const dueMs = stored && getFollowUpDueMs(result, stored.preferences);
  return { refused: null, lookBackDueMs: dueMs ?? result.lookBackAtMs };
}

/**
 * Answers the pages' messages. Returns undefined for anything that is not ours, so other
 * listeners (and the browser) can answer it.
 */
export function handleMessage(
  value: unknown,
  deps: MessageDeps = defaultDeps(),
): Promise<unknown> | undefined {
  if (!isMessage(value)) return undefined;
  const handler = MESSAGES[value.type] as MessageHandler<typeof value, unknown>;
  return handler.handle(value, deps);
}

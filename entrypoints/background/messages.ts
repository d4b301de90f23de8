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
import { countOpenIntentions } from '@/utils/store/intentions-store';
import { loadPauseState } from '@/utils/store/pause-state-store';
import { applyPauseEvent, NotesFullError } from './pauses';
import { updatePopup } from './popup';

/** What the background's answers draw on. */
export interface MessageDeps {
  apply: typeof applyPauseEvent;
  updatePopup: typeof updatePopup;
  /** Takes the mark off the toolbar button: the popup has been seen. */
  clearBadge: () => Promise<void>;
  countOpenSteps: () => Promise<number>;
  /** The stored pause state (null before the first plan), for the popup's status. */
  loadPauseState: () => Promise<PauseState | null>;
}

/** One message: how to tell it is well formed (what arrives is untrusted), and its answer. */
interface MessageHandler<Request, Response> {
  isRequest: (message: Record<string, unknown>) => boolean;
  handle: (request: Request, deps: MessageDeps) => Promise<Response>;
}

const message = <Request, Response>(handler: MessageHandler<Request, Response>) => handler;
const withState = (state: PauseState) => ({ state });

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
  /** The pause page opened: its card (the announced one), and when its pause began. */
  'pause-opened': message({
    isRequest: () => true,
    handle: async (_: Record<never, never>, deps) => {
      const state = await deps.apply({ type: 'pause-opened' });
      const { phase } = state;
      return {
        state,
        cardId: phase.kind === 'taking' ? phase.cardId : null,
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
    ): Promise<{ state: PauseState } | { refused: 'notesFull' }> => {
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
});

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

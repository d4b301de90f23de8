import { browser } from 'wxt/browser';
import { getFollowUpDueMs } from '@/utils/core/intentions';
import type { PauseState } from '@/utils/core/pause-model';
import { announceChange, type StoreChange } from '@/utils/glue/changes';
import {
  type ChosenStep,
  isMessage,
  type MessageContract,
  type MessageType,
  type StepChosenAnswer,
} from '@/utils/glue/message-contract';
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

/** One message's handler: what it does, and its answer, as the contract says. */
type Handlers = {
  [T in MessageType]: (
    request: MessageContract[T]['request'],
    deps: MessageDeps,
  ) => Promise<MessageContract[T]['response']>;
};

const withState = (state: PauseState) => ({ state });

/**
 * What the background does with each message of the contract (utils/glue/message-contract.ts),
 * in one table: adding a message is one entry there and one here. idb-keyval has no change
 * events, so a page that saved something says so here and the background plans again.
 */
const MESSAGES = {
  'preferences-changed': async ({ changedFields }, deps) => {
    // Other kinds or sources of card may leave the reserved card out: reserve another then.
    await deps.updatePopup({
      reserveNext: changedFields.some(
        (field) => field === 'enabledKinds' || field === 'cardSource',
      ),
    });
    return withState(await deps.apply({ type: 'preferences-changed', changedFields }));
  },
  /**
   * The popup opened: the card for its next opening is reserved, and the mark taken off. Answers
   * with the pause state, for the popup's status (the popup reads no stored state itself, and so
   * carries none of its readers), and how many steps are being tried, which it mentions quietly.
   */
  'popup-opened': async (_, deps) => {
    const [openSteps, state] = await Promise.all([
      deps.countOpenSteps().catch(() => 0),
      deps.loadPauseState().catch(() => null),
      deps.updatePopup({ reserveNext: true }),
      deps.clearBadge(),
    ]);
    return { openSteps, state };
  },
  /**
   * The pause page opened: its card (the announced one, else the next of the shared bag, drawn
   * here as the popup's are), and when its pause began.
   */
  'pause-opened': async (_, deps) => {
    const state = await deps.apply({ type: 'pause-opened' });
    const { phase } = state;
    const announced = phase.kind === 'taking' ? phase.cardId : null;
    return {
      state,
      cardId: announced ?? (await deps.drawPopupCard()).card?.id ?? null,
      startedAtMs: phase.kind === 'taking' ? phase.sinceMs : null,
    };
  },
  /**
   * "Klaar": the pause is taken, with the note (empty when none). The pause is named by when it
   * began, so a second "Klaar" for it (a retry, another page) adds no line. When the history
   * holds all the notes it takes, the note is refused and nothing changes.
   */
  'pause-finished': async ({ note, startedAtMs }, deps) => {
    try {
      return withState(await deps.apply({ type: 'pause-finished', note, startedAtMs }));
    } catch (error) {
      if (error instanceof NotesFullError) return { refused: 'notesFull' };
      throw error;
    }
  },
  /** "Later": the pause comes again in so many minutes. */
  'pause-snoozed': async ({ minutes }, deps) =>
    withState(await deps.apply({ type: 'pause-snoozed', minutes })),
  'reminders-paused': async ({ span }, deps) =>
    withState(await deps.apply({ type: 'reminders-paused', span })),
  'reminders-resumed': async (_, deps) =>
    withState(await deps.apply({ type: 'reminders-resumed' })),
  /**
   * A card was hidden, or an own card written, changed or deleted: the card reserved for the
   * popup's next opening is drawn again if it can no longer be drawn, and shows its words as now.
   */
  'deck-changed': async (_, deps) => {
    await deps.updatePopup({ reserveNext: false });
  },
  /**
   * "Nog een" in the popup, or a popup opened without a card in its address: the next card of the
   * shared bag, in the user's language (null when every card that could be drawn is hidden), and
   * that language, so a popup of the other language's page can move to its own.
   */
  'card-asked': (_, deps) => deps.drawPopupCard(),
  /**
   * The popup hid its card: no draw shows it again, an open settings page lists it, and a popup
   * reserved with it gets another. Answers with the card to show in its place.
   */
  'card-hidden': async ({ cardId }, deps) => {
    await deps.hideCard(cardId);
    deps.announceChange('hidden-cards');
    await deps.updatePopup({ reserveNext: false });
    return deps.drawPopupCard();
  },
  /**
   * "Dit ga ik proberen" in the popup: the step is stored with the user's words (refused when a
   * few are open already, the history is full, or the words are too long once trimmed), and the
   * journal open beside it shows it.
   */
  'step-chosen': async (step, deps) => {
    const answer = await deps.commitStep(step);
    if (!answer.refused) deps.announceChange('history');
    return answer;
  },
  /** The popup took a hide back: the card can be drawn again, and the settings no longer list it. */
  'card-restored': async ({ cardId }, deps) => {
    await deps.unhideCard(cardId);
    deps.announceChange('hidden-cards');
    return {};
  },
} satisfies Handlers;

export type { ChosenStep, StepChosenAnswer };

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
  const handle = MESSAGES[value.type] as (
    request: typeof value,
    deps: MessageDeps,
  ) => Promise<unknown>;
  return handle(value, deps);
}

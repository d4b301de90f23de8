import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { EditStore } from '@/components/use-edit';
import { ANSWERED_PAUSE_SEARCH } from '@/utils/core/addresses';
import type { Card } from '@/utils/core/card';
import { showCardLine } from '@/utils/core/card-text';
import { findCard, listDeck } from '@/utils/core/deck';
import {
  type Intention,
  type LookBack,
  makeIntentionId,
  pickFollowUp,
} from '@/utils/core/intentions';
import { resolveLanguage } from '@/utils/core/language';
import { chooseQuestion, findPauseCard } from '@/utils/core/pause-content';
import { normalizeNote } from '@/utils/core/pause-log';
import type { PauseState } from '@/utils/core/pause-model';
import { DEFAULT_PREFERENCES, type Preferences } from '@/utils/core/preferences';
import { storeAndAnnounce } from '@/utils/glue/changes';
import { loadLocale } from '@/utils/glue/locale';
import { type MessageResponse, sendMessage } from '@/utils/glue/messages';
import { loadIntentions, replaceIntention, restoreIntention } from '@/utils/store/intentions-store';
import { loadOwnCards } from '@/utils/store/own-cards-store';
import { loadPreferences } from '@/utils/store/preferences-store';
import { App } from './App';
import type { PauseFollowUp } from './PauseSteps';

/**
 * Tells the background the pause has begun; its answer names the announced card and when the
 * pause began. A background that cannot be reached must not keep the pause from happening.
 */
async function openPause(): Promise<MessageResponse<'pause-opened'> | null> {
  try {
    return (await sendMessage({ type: 'pause-opened' })) ?? null;
  } catch {
    return null;
  }
}

/** What stores the follow-up's answer: against the step as it was, or put back when it went. */
const stepStore: EditStore<Intention> = {
  save: (base, next) => storeAndAnnounce('history', () => replaceIntention(base, next)),
  restore: (next) => storeAndAnnounce('history', () => restoreIntention(next)),
};

/** The state from a background's answer; a missing answer is a failure the page reports. */
function readState(response: unknown): PauseState {
  const state = (response as { state?: PauseState } | undefined)?.state;
  if (!state) throw new Error('The background did not answer.');
  return state;
}

/** The pause is answered: the address says so, and a new pause may use this page. */
function markAnswered(state: PauseState): PauseState {
  history.replaceState(null, '', ANSWERED_PAUSE_SEARCH);
  return state;
}

/**
 * The follow-up this pause asks, if a step chosen earlier is due (inside the active hours, its
 * moment come). Storage that cannot be read asks none: the pause happens anyway.
 */
async function findFollowUp(
  cards: readonly Card[],
  preferences: Preferences,
  nowMs: number,
): Promise<PauseFollowUp | null> {
  const step = pickFollowUp(await loadIntentions().catch(() => []), preferences, nowMs);
  if (!step) return null;
  const card = findCard(cards, step.cardId);
  const stepText = card ? showCardLine(card) : step.stepText;
  return { step, stepText, hours: preferences, store: stepStore };
}

/**
 * "Dit ga ik proberen": the step stored by the background, as the popup's is; why it was not, or
 * once it is, when its follow-up can first come.
 */
async function commitCardStep(card: Card | null, words: string, lookBack: LookBack) {
  if (!card) return 'saveFailed' as const;
  // Named here, so a message sent again stores the step once.
  const id = makeIntentionId(Date.now(), Math.random);
  const answer = await sendMessage({ type: 'step-chosen', id, cardId: card.id, words, lookBack });
  return answer.refused === null ? answer.lookBackDueMs : answer.refused;
}

/** Starts the pause page in `root`: its language, its card, and what "Klaar" and "Later" do. */
export async function startPausePage(root: HTMLElement): Promise<void> {
  // Unreadable storage falls back to the defaults: a pause needs no stored data to happen.
  const { preferences } = await loadPreferences().catch(() => ({
    preferences: DEFAULT_PREFERENCES,
  }));
  const locale = await loadLocale(
    resolveLanguage(browser.i18n.getUILanguage(), preferences.language),
  );
  document.documentElement.lang = locale.language;
  document.title = locale.messages.pauseTitle;
  const [opened, ownCards] = await Promise.all([
    openPause(),
    // A pause needs no own card to happen: unreadable, it comes with one of the article's.
    loadOwnCards().catch(() => []),
  ]);
  const cards = listDeck(locale.cards, ownCards, 'both');
  // The background names the card: the announced one, or the next of the shared bag.
  const card = findPauseCard(cards, opened?.cardId);
  // When this pause began, as the background knows it: it names the pause, so "Klaar" from a
  // second page of it, or again after an answer was lost, adds no second line. Without one
  // (reminders paused, no answer) the page names the pause itself.
  const startedAtMs = typeof opened?.startedAtMs === 'number' ? opened.startedAtMs : Date.now();

  render(
    <App
      locale={locale}
      card={card}
      question={chooseQuestion(locale.cards, card, Math.random())}
      pauseSeconds={preferences.pauseSeconds}
      startedAtMs={Date.now()}
      now={Date.now}
      onFinish={async (note) => {
        const response = await sendMessage({
          type: 'pause-finished',
          note: normalizeNote(note),
          startedAtMs,
        });
        if (response && 'refused' in response) return response;
        return { saved: markAnswered(readState(response)) };
      }}
      onSnooze={async (minutes) =>
        markAnswered(readState(await sendMessage({ type: 'pause-snoozed', minutes })))
      }
      onClose={() => window.close()}
      journalUrl="/journal.html"
      followUp={await findFollowUp(cards, preferences, Date.now())}
      onCommitStep={(words, lookBack) => commitCardStep(card, words, lookBack)}
    />,
    root,
  );
}

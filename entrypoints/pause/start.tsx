import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { Card } from '@/assets/content/types';
import { ANSWERED_PAUSE_SEARCH } from '@/utils/core/addresses';
import { showCardLine } from '@/utils/core/card-text';
import { findCard, listDeck } from '@/utils/core/deck';
import { getFollowUpDueMs, type LookBack, pickFollowUp } from '@/utils/core/intentions';
import { resolveLanguage } from '@/utils/core/language';
import { chooseQuestion, findPauseCard } from '@/utils/core/pause-content';
import { normalizeNote } from '@/utils/core/pause-log';
import type { PauseState } from '@/utils/core/pause-model';
import { DEFAULT_PREFERENCES, type Preferences } from '@/utils/core/preferences';
import { announceChange } from '@/utils/glue/changes';
import { type Locale, loadLocale } from '@/utils/glue/locale';
import { type MessageResponse, sendMessage } from '@/utils/glue/messages';
import { drawNextCard } from '@/utils/store/deck-store';
import { answerIntention, commitIntention, loadIntentions } from '@/utils/store/intentions-store';
import { loadOwnCards } from '@/utils/store/own-cards-store';
import { loadPreferences } from '@/utils/store/preferences-store';
import { App, NoteRefusedError } from './App';
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

/**
 * The announced card (`cards`: the article's and the user's own), else the next one from the
 * shuffle bag; null when neither can be had.
 */
async function chooseCard(
  locale: Locale,
  cards: readonly Card[],
  announcedCardId: unknown,
): Promise<Card | null> {
  const announced = findPauseCard(cards, announcedCardId);
  if (announced) return announced;
  try {
    return (await drawNextCard(locale.cards, Math.random)).card;
  } catch {
    return null;
  }
}

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
  const intention = pickFollowUp(await loadIntentions().catch(() => []), preferences, nowMs);
  if (!intention) return null;
  const card = findCard(cards, intention.cardId);
  return {
    stepText: card ? showCardLine(card) : '',
    words: intention.words,
    onReply: async (reply) => {
      const answered = await answerIntention(intention.id, reply, Date.now());
      if (answered) announceChange('history');
      return answered !== null;
    },
  };
}

/**
 * "Dit ga ik proberen": why the step was not stored, or once it is, when its follow-up can first
 * come inside the active `hours`.
 */
async function commitCardStep(
  card: Card | null,
  words: string,
  lookBack: LookBack,
  hours: Preferences,
) {
  if (!card) return 'saveFailed' as const;
  const result = await commitIntention({ cardId: card.id, words, lookBack }, Date.now());
  if (typeof result === 'string') return result;
  announceChange('history');
  return getFollowUpDueMs(result, hours) ?? result.lookBackAtMs;
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
  const card = await chooseCard(locale, cards, opened?.cardId);
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
        if (response && 'refused' in response) throw new NoteRefusedError();
        return markAnswered(readState(response));
      }}
      onSnooze={async (minutes) =>
        markAnswered(readState(await sendMessage({ type: 'pause-snoozed', minutes })))
      }
      onClose={() => window.close()}
      journalUrl="/journal.html"
      followUp={await findFollowUp(cards, preferences, Date.now())}
      onCommitStep={(words, lookBack) => commitCardStep(card, words, lookBack, preferences)}
    />,
    root,
  );
}

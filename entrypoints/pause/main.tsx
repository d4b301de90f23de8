import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { Card } from '@/assets/content/types';
import { ANSWERED_PAUSE_SEARCH } from '@/utils/core/addresses';
import { findCard } from '@/utils/core/deck';
import { resolveLanguage } from '@/utils/core/language';
import { normalizeNote } from '@/utils/core/pause-log';
import type { PauseState } from '@/utils/core/pause-model';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';
import { loadLocale } from '@/utils/glue/locale';
import { type MessageResponse, sendMessage } from '@/utils/glue/messages';
import { drawNextCard } from '@/utils/store/deck-store';
import { loadPreferences } from '@/utils/store/preferences-store';
import { App, NoteRefusedError } from './App';

const root = document.getElementById('app') as HTMLElement;
// Unreadable storage falls back to the defaults: a pause needs no stored data to happen.
const { preferences } = await loadPreferences().catch(() => ({ preferences: DEFAULT_PREFERENCES }));
const locale = await loadLocale(
  resolveLanguage(browser.i18n.getUILanguage(), preferences.language),
);
document.documentElement.lang = locale.language;
document.title = locale.messages.pauseTitle;

/**
 * Tells the background the pause has begun; its answer names the announced card. A background
 * that cannot be reached (or answers nothing) must not keep the pause from happening.
 */
async function openPause(): Promise<MessageResponse<'pause-opened'> | null> {
  try {
    return (await sendMessage({ type: 'pause-opened' })) ?? null;
  } catch {
    return null;
  }
}

/** The announced card, else the next one from the shuffle bag; null when neither can be had. */
async function chooseCard(cardId: string | null): Promise<Card | null> {
  const announced = findCard(locale.cards, cardId);
  if (announced) return announced;
  try {
    return (await drawNextCard(locale.cards, Math.random)).card;
  } catch {
    return null;
  }
}

/** A reflection question from the deck, other than the card shown above it. */
function chooseQuestion(cards: readonly Card[], shown: Card | null): string | null {
  const questions = cards.flatMap((card) =>
    card.kind === 'question' && card.id !== shown?.id ? [card.text] : [],
  );
  return questions[Math.floor(Math.random() * questions.length)] ?? null;
}

/** The state from a background's answer; a missing answer is a failure the page reports. */
function readState(response: unknown): PauseState {
  const state = (response as { state?: PauseState } | undefined)?.state;
  if (!state) throw new Error('The background did not answer.');
  return state;
}

const opened = await openPause();
const card = await chooseCard(typeof opened?.cardId === 'string' ? opened.cardId : null);
/**
 * When this pause began, as the background knows it: it names the pause, so "Klaar" from a second
 * page of it, or again after an answer was lost, adds no second line. Without one (reminders
 * paused, no answer) the page names the pause itself.
 */
const startedAtMs = typeof opened?.startedAtMs === 'number' ? opened.startedAtMs : Date.now();

/** The pause is answered: the address says so, and a new pause may use this page. */
function markAnswered(state: PauseState): PauseState {
  history.replaceState(null, '', ANSWERED_PAUSE_SEARCH);
  return state;
}

/** "Klaar": the state after it, or why the note was refused. */
async function finishPause(note: string): Promise<PauseState> {
  const response = await sendMessage({
    type: 'pause-finished',
    note: normalizeNote(note),
    startedAtMs,
  });
  if (response && 'refused' in response) throw new NoteRefusedError();
  return markAnswered(readState(response));
}

render(
  <App
    locale={locale}
    card={card}
    question={chooseQuestion(locale.cards, card)}
    pauseSeconds={preferences.pauseSeconds}
    startedAtMs={Date.now()}
    now={Date.now}
    onFinish={finishPause}
    onSnooze={async (minutes) =>
      markAnswered(readState(await sendMessage({ type: 'pause-snoozed', minutes })))
    }
    onClose={() => window.close()}
  />,
  root,
);

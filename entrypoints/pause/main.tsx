import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { Card } from '@/assets/content/types';
import { findCard } from '@/utils/deck';
import { drawNextCard } from '@/utils/deck-store';
import { resolveLanguage } from '@/utils/language';
import { loadLocale } from '@/utils/locale';
import { type MessageResponse, sendMessage } from '@/utils/messages';
import type { PauseState } from '@/utils/pause-state';
import { DEFAULT_PREFERENCES } from '@/utils/preferences';
import { loadPreferences } from '@/utils/preferences-store';
import { App } from './App';

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
function readState(response: { state: PauseState } | undefined): PauseState {
  if (!response?.state) throw new Error('The background did not answer.');
  return response.state;
}

const opened = await openPause();
const card = await chooseCard(typeof opened?.cardId === 'string' ? opened.cardId : null);

render(
  <App
    locale={locale}
    card={card}
    question={chooseQuestion(locale.cards, card)}
    pauseSeconds={preferences.pauseSeconds}
    startedAtMs={Date.now()}
    now={Date.now}
    onFinish={async (note) => readState(await sendMessage({ type: 'pause-finished', note }))}
    onSnooze={async (minutes) => readState(await sendMessage({ type: 'pause-snoozed', minutes }))}
    onClose={() => window.close()}
  />,
  root,
);

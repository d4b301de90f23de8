import { browser } from 'wxt/browser';
import { getPopupPath, readReservedCard } from '@/utils/core/addresses';
import { findCard, getEnabledCardIds, listDeck, translateCard } from '@/utils/core/deck';
import { resolveLanguage } from '@/utils/core/language';
import type { PopupCard } from '@/utils/glue/message-contract';
import { drawNextCard, loadHiddenCardIds } from '@/utils/store/deck-store';
import { loadOwnCards } from '@/utils/store/own-cards-store';
import { loadPreferences } from '@/utils/store/preferences-store';
import { ARTICLE_CARDS } from './article-cards';

export interface PopupDeps {
  action: Pick<typeof browser.action, 'setPopup' | 'getPopup'>;
  getUiLanguage: () => string;
  random: () => number;
}

const defaultDeps = (): PopupDeps => ({
  action: browser.action,
  getUiLanguage: () => browser.i18n.getUILanguage(),
  random: Math.random,
});

export type { PopupCard };

/**
 * Draws the next card from the shared bag, in the words of the user's language. The popup carries
 * no deck of its own: every card it shows comes from here, whole.
 */
export async function drawPopupCard(deps: PopupDeps = defaultDeps()): Promise<PopupCard> {
  // Ids are the same in both languages: the draw may use either deck, and is worded after.
  const { card, preferences } = await drawNextCard(ARTICLE_CARDS.nl, deps.random);
  const language = resolveLanguage(deps.getUiLanguage(), preferences.language);
  return { card: card && translateCard(card, ARTICLE_CARDS[language]), language };
}

/**
 * Points the toolbar button at the popup page of the user's language. With `reserveNext`, it also
 * draws the card for the next opening from the shared bag and puts it, whole and in that language,
 * in the popup's address, so the popup shows it in its first frame without asking anything. The
 * popup tells the background it opened (Chrome's worker and Firefox's event page both hear it),
 * and the next card is reserved then. Without `reserveNext`, a card already reserved stays
 * reserved while it can still be drawn, with its words as they are now (the language or an own
 * card's words may have changed): one hidden or deleted since, or of a kind or source no longer
 * chosen, is replaced by the next from the bag.
 */
export async function updatePopup(
  { reserveNext }: { reserveNext: boolean },
  deps: PopupDeps = defaultDeps(),
): Promise<void> {
  if (!reserveNext) {
    const [{ preferences }, hiddenCardIds, ownCards, current] = await Promise.all([
      loadPreferences(),
      loadHiddenCardIds(),
      loadOwnCards(),
      deps.action.getPopup({}),
    ]);
    const reservedId = readReservedCard(new URL(current, 'https://x').search)?.id;
    const language = resolveLanguage(deps.getUiLanguage(), preferences.language);
    const deck = listDeck(ARTICLE_CARDS[language], ownCards, preferences.cardSource);
    const drawable = getEnabledCardIds(deck, preferences.enabledKinds, hiddenCardIds);
    if (reservedId !== undefined && drawable.includes(reservedId)) {
      await deps.action.setPopup({ popup: getPopupPath(language, findCard(deck, reservedId)) });
      return;
    }
  }
  const { card, language } = await drawPopupCard(deps);
  await deps.action.setPopup({ popup: getPopupPath(language, card) });
}

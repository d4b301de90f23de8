import { browser } from 'wxt/browser';
import { showCardLine } from '@/utils/core/card-text';
import { findCard, listDeck } from '@/utils/core/deck';
import { resolveLanguage } from '@/utils/core/language';
import { loadOwnCards } from '@/utils/store/own-cards-store';
import { loadPreferences } from '@/utils/store/preferences-store';
import { ARTICLE_CARDS } from './article-cards';

/**
 * The words of the card a step is chosen from, as the popup shows them (in the user's language,
 * an own card's as written), found here by the card's id: words a page sends are never taken.
 * '' when no card, of the article's or the user's, has that id.
 */
export async function findStepText(
  cardId: string,
  getUiLanguage: () => string = () => browser.i18n.getUILanguage(),
): Promise<string> {
  const [{ preferences }, ownCards] = await Promise.all([loadPreferences(), loadOwnCards()]);
  const language = resolveLanguage(getUiLanguage(), preferences.language);
  const card = findCard(listDeck(ARTICLE_CARDS[language], ownCards, 'both'), cardId);
  return card ? showCardLine(card) : '';
}

import { browser } from 'wxt/browser';
import { cards } from '@/assets/content/nl';
import { getPopupPath, readReservedCardId } from '@/utils/core/addresses';
import { findCard, getEnabledCardIds, listDeck } from '@/utils/core/deck';
import { resolveLanguage } from '@/utils/core/language';
import { drawNextCard, loadHiddenCardIds } from '@/utils/store/deck-store';
import { loadOwnCards } from '@/utils/store/own-cards-store';
import { loadPreferences } from '@/utils/store/preferences-store';

export interface PopupDeps {
  action: Pick<typeof browser.action, 'setPopup' | 'getPopup'>;
  getUiLanguage: () => string;
  random: () => number;
  /**
   * Whether the popup's card is reserved here ahead of its opening, for its first frame: in
   * Chrome's service worker. In Firefox, whose background is an event page, nothing is reserved
   * and the popup draws its card itself.
   */
  canReserve: boolean;
}

/** True inside a service worker (Chrome's background), false in an event page (Firefox's). */
function isServiceWorker(): boolean {
  // Looked up, not named: the DOM typings this project compiles with do not declare it.
  const scope = (globalThis as { ServiceWorkerGlobalScope?: abstract new () => unknown })
    .ServiceWorkerGlobalScope;
  return scope !== undefined && globalThis instanceof scope;
}

const defaultDeps = (): PopupDeps => ({
  action: browser.action,
  getUiLanguage: () => browser.i18n.getUILanguage(),
  random: Math.random,
  canReserve: isServiceWorker(),
});

/**
 * Points the toolbar button at the popup page of the user's language. With `reserveNext`, it also
 * draws the card for the next opening from the shared bag and puts it in the popup's address, so
 * the popup shows it in its first frame, before any storage is read. Without, a card already
 * reserved stays reserved (ids are the same in both languages) while it can still be drawn, an own
 * card with its words as they are now: one hidden or deleted since, or of a kind or source no
 * longer chosen, is replaced by the next from the bag.
 */
export async function updatePopup(
  { reserveNext }: { reserveNext: boolean },
  deps: PopupDeps = defaultDeps(),
): Promise<void> {
  if (!deps.canReserve) {
    const { preferences } = await loadPreferences();
    const language = resolveLanguage(deps.getUiLanguage(), preferences.language);
    await deps.action.setPopup({ popup: getPopupPath(language) });
    return;
  }
  if (!reserveNext) {
    const [{ preferences }, hiddenCardIds, ownCards, current] = await Promise.all([
      loadPreferences(),
      loadHiddenCardIds(),
      loadOwnCards(),
      deps.action.getPopup({}),
    ]);
    const reserved = readReservedCardId(new URL(current, 'https://x').search);
    const deck = listDeck(cards, ownCards, preferences.cardSource);
    const drawable = getEnabledCardIds(deck, preferences.enabledKinds, hiddenCardIds);
    if (reserved !== null && drawable.includes(reserved)) {
      const language = resolveLanguage(deps.getUiLanguage(), preferences.language);
      await deps.action.setPopup({ popup: getPopupPath(language, findCard(deck, reserved)) });
      return;
    }
  }
  const { card, preferences } = await drawNextCard(cards, deps.random);
  const language = resolveLanguage(deps.getUiLanguage(), preferences.language);
  await deps.action.setPopup({ popup: getPopupPath(language, card) });
}

import { browser } from 'wxt/browser';
import { cards as enCards } from '@/assets/content/en';
import { cards as nlCards } from '@/assets/content/nl';
import { messages as enMessages } from '@/assets/i18n/en';
import { messages as nlMessages } from '@/assets/i18n/nl';
import { capitalizeFirst, getCardLine } from '@/utils/card-text';
import { findCard } from '@/utils/deck';
import { drawNextCard } from '@/utils/deck-store';
import { resolveLanguage } from '@/utils/language';

/** The notification of a pause; one at a time, so a new one replaces an old one. */
export const PAUSE_NOTIFICATION = 'pause';

export interface NotificationDeps {
  notifications: Pick<typeof browser.notifications, 'create'>;
  getUiLanguage: () => string;
  getIconUrl: () => string;
  random: () => number;
}

const defaultDeps = (): NotificationDeps => ({
  notifications: browser.notifications,
  getUiLanguage: () => browser.i18n.getUILanguage(),
  getIconUrl: () => browser.runtime.getURL('/icons/128.png'),
  random: Math.random,
});

/**
 * Announces a pause quietly: a system notification with the next card of the same shuffle bag
 * the popup draws from, so a line seen here does not come back there before the deck is through.
 */
export async function showPauseNotification(deps: NotificationDeps = defaultDeps()): Promise<void> {
  const { card, preferences } = await drawNextCard(nlCards, deps.random);
  const isDutch = resolveLanguage(deps.getUiLanguage(), preferences.language) === 'nl';
  const shown = isDutch ? card : findCard(enCards, card?.id ?? null);
  await deps.notifications.create(PAUSE_NOTIFICATION, {
    type: 'basic',
    iconUrl: deps.getIconUrl(),
    title: (isDutch ? nlMessages : enMessages).notificationTitle,
    message: shown ? capitalizeFirst(getCardLine(shown)) : '',
  });
}

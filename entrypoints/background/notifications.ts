import { browser } from 'wxt/browser';
import { cards as enCards } from '@/assets/content/en';
import { cards as nlCards } from '@/assets/content/nl';
import { messages as enMessages } from '@/assets/i18n/en';
import { messages as nlMessages } from '@/assets/i18n/nl';
import { capitalizeFirst, getCardLine, pickRandomCard } from '@/utils/card-text';
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

/** Announces a pause quietly: a system notification with a line from the article. */
export async function showPauseNotification(deps: NotificationDeps = defaultDeps()): Promise<void> {
  const isDutch = resolveLanguage(deps.getUiLanguage()) === 'nl';
  const card = pickRandomCard(isDutch ? nlCards : enCards, 'quote', deps.random);
  const messages = isDutch ? nlMessages : enMessages;
  await deps.notifications.create(PAUSE_NOTIFICATION, {
    type: 'basic',
    iconUrl: deps.getIconUrl(),
    title: messages.notificationTitle,
    message: card ? capitalizeFirst(getCardLine(card)) : '',
  });
}

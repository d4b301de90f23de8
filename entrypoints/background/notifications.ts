import { browser } from 'wxt/browser';
import { notificationMessages as enMessages } from '@/assets/i18n/notification-en';
import { notificationMessages as nlMessages } from '@/assets/i18n/notification-nl';
import { showCardLine } from '@/utils/core/card-text';
import { findCard, listDeck } from '@/utils/core/deck';
import { resolveLanguage } from '@/utils/core/language';
import { OWN_CARD_ID_PREFIX, type OwnCard } from '@/utils/core/own-cards';
import type { Preferences } from '@/utils/core/preferences';
import { loadOwnCards } from '@/utils/store/own-cards-store';
import { ARTICLE_CARDS } from './article-cards';
import { playChime } from './chime';
import type { HeardEvent } from './heard-event';
import { openPausePage, type PausePagePlace } from './pause-page';

/** The notification of a pause; one at a time, so a new one replaces an old one. */
export const PAUSE_NOTIFICATION = 'pause';

/** "Later" on the notification snoozes this long (the pause page and popup offer 5, 10 or 15). */
export const NOTIFICATION_SNOOZE_MINUTES = 10;

/** The button that opens the pause page, then the one that snoozes (Chrome shows both). */
const TAKE_BUTTON = 0;
const LATER_BUTTON = 1;

/** The badge that marks a pause due on the toolbar button. */
const BADGE_TEXT = '•';
const BADGE_COLOR = '#3f6f5c';

export interface AnnounceDeps {
  notifications: Pick<typeof browser.notifications, 'create' | 'clear'>;
  action: Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;
  openPausePage: (place: PausePagePlace) => Promise<void>;
  getUiLanguage: () => string;
  getIconUrl: () => string;
  /** Firefox shows neither notification buttons nor the silent flag, and refuses them. */
  isFirefox: boolean;
  /** Plays the soft chime that comes with a pause when the user turned sound on. */
  playChime: () => Promise<void>;
  /** The user's own cards, for a pause that comes with one. */
  loadOwnCards: () => Promise<OwnCard[]>;
}

const defaultDeps = (): AnnounceDeps => ({
  notifications: browser.notifications,
  action: browser.action,
  openPausePage,
  getUiLanguage: () => browser.i18n.getUILanguage(),
  getIconUrl: () => browser.runtime.getURL('/icons/128.png'),
  isFirefox: import.meta.env.FIREFOX,
  playChime,
  loadOwnCards: () => loadOwnCards(),
});

/**
 * Announces a due pause the way the user chose: a quiet notification with the pause's card (or
 * without it, if they chose so); the pause page at once in a small window; or a mark on the
 * toolbar button until the popup opens. With sound on, a soft chime comes with it, whichever the
 * way. `quietly`, after a pause waited its longest for a call to end: the mark alone, no sound.
 */
export async function announcePause(
  cardId: string | null,
  preferences: Preferences,
  { quietly = false }: { quietly?: boolean } = {},
  deps: AnnounceDeps = defaultDeps(),
): Promise<void> {
  if (quietly) {
    await showAnnouncement(cardId, { ...preferences, deliveryMode: 'badge' }, deps);
    return;
  }
  await Promise.all([
    showAnnouncement(cardId, preferences, deps),
    chimeIfWanted(preferences, deps),
  ]);
}

/**
 * The chime, when sound is on. It is only a nicety beside the announcement: a chime that cannot
 * play (no audio device, a refused offscreen document) is let go, and the pause is announced all
 * the same. The notification stays silent in Chrome: this chime is the one sound.
 */
async function chimeIfWanted(preferences: Preferences, deps: AnnounceDeps): Promise<void> {
  if (!preferences.soundEnabled) return;
  try {
    await deps.playChime();
  } catch {
    // Nothing to do: a pause without its chime is still a pause.
  }
}

/** The announcement itself, in the way the user chose. */
async function showAnnouncement(
  cardId: string | null,
  preferences: Preferences,
  deps: AnnounceDeps,
): Promise<void> {
  switch (preferences.deliveryMode) {
    case 'window':
      await deps.openPausePage('window');
      return;
    case 'badge':
      await deps.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
      await deps.action.setBadgeText({ text: BADGE_TEXT });
      return;
    case 'notification': {
      const language = resolveLanguage(deps.getUiLanguage(), preferences.language);
      const messages = language === 'nl' ? nlMessages : enMessages;
      const card =
        preferences.cardInNotification && cardId?.startsWith(OWN_CARD_ID_PREFIX)
          ? findCard(listDeck([], await deps.loadOwnCards(), 'own'), cardId)
          : findCard(ARTICLE_CARDS[language], cardId);
      await deps.notifications.create(PAUSE_NOTIFICATION, {
        type: 'basic',
        iconUrl: deps.getIconUrl(),
        title: messages.notificationTitle,
        message: card && preferences.cardInNotification ? showCardLine(card) : '',
        ...(deps.isFirefox
          ? {}
          : {
              silent: true,
              buttons: [
                { title: messages.notificationTake },
                { title: messages.notificationLater },
              ],
            }),
      });
    }
  }
}

/** Takes the announcement back: the pause was answered (taken, snoozed, or reminders paused). */
export async function withdrawAnnouncement(deps: AnnounceDeps = defaultDeps()): Promise<void> {
  await Promise.all([
    deps.notifications.clear(PAUSE_NOTIFICATION),
    deps.action.setBadgeText({ text: '' }),
  ]);
}

export interface ClickDeps {
  openPausePage: (place: PausePagePlace) => Promise<void>;
  apply: (event: HeardEvent) => Promise<unknown>;
}

/** A click on the notification opens the pause page. */
export async function handleNotificationClick(notificationId: string, deps: ClickDeps) {
  if (notificationId === PAUSE_NOTIFICATION) await deps.openPausePage('tab');
}

/** "Pauze nemen" opens the pause page; "Later" snoozes. */
export async function handleNotificationButton(
  notificationId: string,
  buttonIndex: number,
  deps: ClickDeps,
) {
  if (notificationId !== PAUSE_NOTIFICATION) return;
  if (buttonIndex === TAKE_BUTTON) await deps.openPausePage('tab');
  if (buttonIndex === LATER_BUTTON) {
    await deps.apply({ type: 'pause-snoozed', minutes: NOTIFICATION_SNOOZE_MINUTES });
  }
}

/**
 * Listens for clicks on the pause's notification. Firefox shows no notification buttons, and
 * warns at every start of the background that a listener for them is "unimplemented": none there.
 */
export function listenToNotifications(
  clicks: ClickDeps,
  notifications: Pick<
    typeof browser.notifications,
    'onClicked' | 'onButtonClicked'
  > = browser.notifications,
  isFirefox: boolean = import.meta.env.FIREFOX,
): void {
  notifications.onClicked.addListener((id) => handleNotificationClick(id, clicks));
  if (isFirefox) return;
  notifications.onButtonClicked.addListener((id, index) =>
    handleNotificationButton(id, index, clicks),
  );
}

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cards as enCards } from '@/assets/content/en';
import { cards as nlCards } from '@/assets/content/nl';
import {
  type AnnounceDeps,
  announcePause,
  handleNotificationButton,
  handleNotificationClick,
  listenToNotifications,
  PAUSE_NOTIFICATION,
  withdrawAnnouncement,
} from '@/entrypoints/background/notifications';
import { capitalizeFirst, getCardLine } from '@/utils/core/card-text';
import type { OwnCard } from '@/utils/core/own-cards';
import { DEFAULT_PREFERENCES, type Preferences } from '@/utils/core/preferences';

const CARD_ID = nlCards[0]?.id ?? '';

function fakeDeps(overrides: Partial<AnnounceDeps> = {}): AnnounceDeps {
  return {
    notifications: { create: vi.fn(async () => ''), clear: vi.fn(async () => true) },
    action: { setBadgeText: vi.fn(async () => {}), setBadgeBackgroundColor: vi.fn(async () => {}) },
    openPausePage: vi.fn(async () => {}),
    getUiLanguage: () => 'nl-NL',
    getIconUrl: () => 'icon.png',
    isFirefox: false,
    playChime: vi.fn(async () => {}),
    loadOwnCards: vi.fn(async () => []),
    ...overrides,
  };
}

const withMode = (
  deliveryMode: Preferences['deliveryMode'],
  language: Preferences['language'] = 'auto',
) => ({
  ...DEFAULT_PREFERENCES,
  deliveryMode,
  language,
});

describe('announcePause', () => {
  it('shows only that it is time for a pause when the card is not to be shown', async () => {
    const deps = fakeDeps();
    await announcePause(
      CARD_ID,
      { ...withMode('notification'), cardInNotification: false },
      {},
      deps,
    );
    expect(deps.notifications.create).toHaveBeenCalledWith(
      PAUSE_NOTIFICATION,
      expect.objectContaining({ title: 'Tijd voor een korte pauze', message: '' }),
    );
  });

  it.each(['notification', 'window', 'badge'] as const)(
    'quietly (after the longest wait), in %s mode: the dot alone, no notification, no sound',
    async (mode) => {
      const deps = fakeDeps();
      await announcePause(
        CARD_ID,
        { ...withMode(mode), soundEnabled: true },
        { quietly: true },
        deps,
      );
      expect(deps.action.setBadgeText).toHaveBeenCalledWith({ text: '•' });
      expect(deps.notifications.create).not.toHaveBeenCalled();
      expect(deps.openPausePage).not.toHaveBeenCalled();
      expect(deps.playChime).not.toHaveBeenCalled();
    },
  );

  it.each([
    ['nl-NL', 'auto', 'Tijd voor een korte pauze', nlCards, ['Pauze nemen', 'Later']],
    ['en-GB', 'auto', 'Time for a short pause', enCards, ['Take a pause', 'Later']],
    ['nl-NL', 'en', 'Time for a short pause', enCards, ['Take a pause', 'Later']],
  ] as const)(
    'in %s (chosen: %s): a silent notification with the pause’s card and two buttons',
    async (uiLanguage, language, title, cards, buttons) => {
      const deps = fakeDeps({ getUiLanguage: () => uiLanguage });
      await announcePause(CARD_ID, withMode('notification', language), {}, deps);
      const card = cards.find((each) => each.id === CARD_ID);
      expect(deps.notifications.create).toHaveBeenCalledWith(PAUSE_NOTIFICATION, {
        type: 'basic',
        iconUrl: 'icon.png',
        title,
        message: card ? capitalizeFirst(getCardLine(card)) : 'missing card',
        silent: true,
        buttons: buttons.map((buttonTitle) => ({ title: buttonTitle })),
      });
    },
  );

  it('shows an own card as the user wrote it, in either language', async () => {
    const own = { id: 'own-1', kind: 'quote', text: 'ik mag <b>twijfelen</b> 🌱', writtenAtMs: 1 };
    const deps = fakeDeps({
      getUiLanguage: () => 'en-GB',
      loadOwnCards: vi.fn(async () => [own] as OwnCard[]),
    });
    await announcePause('own-1', withMode('notification'), {}, deps);
    expect(deps.notifications.create).toHaveBeenCalledWith(
      PAUSE_NOTIFICATION,
      expect.objectContaining({ message: 'ik mag <b>twijfelen</b> 🌱' }),
    );
  });

  it('says only that it is time for a pause when the own card is gone, or not to be shown', async () => {
    const deps = fakeDeps();
    await announcePause('own-deleted', withMode('notification'), {}, deps);
    await announcePause(
      'own-1',
      { ...withMode('notification'), cardInNotification: false },
      {},
      deps,
    );
    expect(deps.loadOwnCards).toHaveBeenCalledTimes(1);
    for (const [, options] of vi.mocked(deps.notifications.create).mock.calls) {
      expect(options).toMatchObject({ title: 'Tijd voor een korte pauze', message: '' });
    }
  });

  it('leaves out the buttons and the silent flag in Firefox, which refuses them', async () => {
    const deps = fakeDeps({ isFirefox: true });
    await announcePause(CARD_ID, withMode('notification'), {}, deps);
    const [, options] = vi.mocked(deps.notifications.create).mock.calls[0] ?? [];
    expect(options).not.toHaveProperty('buttons');
    expect(options).not.toHaveProperty('silent');
  });

  it('opens the pause page in a small window when chosen', async () => {
    const deps = fakeDeps();
    await announcePause(CARD_ID, withMode('window'), {}, deps);
    expect(deps.openPausePage).toHaveBeenCalledWith('window');
    expect(deps.notifications.create).not.toHaveBeenCalled();
  });

  it('puts a mark on the toolbar button when chosen', async () => {
    const deps = fakeDeps();
    await announcePause(CARD_ID, withMode('badge'), {}, deps);
    expect(deps.action.setBadgeText).toHaveBeenCalledWith({ text: '•' });
    expect(deps.notifications.create).not.toHaveBeenCalled();
  });
});

describe('the chime', () => {
  const MODES = ['notification', 'window', 'badge'] as const;

  it.each(MODES)('comes with a %s when sound is on, once', async (mode) => {
    const deps = fakeDeps();
    await announcePause(CARD_ID, { ...withMode(mode), soundEnabled: true }, {}, deps);
    expect(deps.playChime).toHaveBeenCalledTimes(1);
  });

  it.each(MODES)('never comes with a %s when sound is off', async (mode) => {
    const deps = fakeDeps();
    await announcePause(CARD_ID, { ...withMode(mode), soundEnabled: false }, {}, deps);
    expect(deps.playChime).not.toHaveBeenCalled();
  });

  it('keeps the notification silent in Chrome: the chime is the one sound', async () => {
    const deps = fakeDeps();
    await announcePause(CARD_ID, { ...withMode('notification'), soundEnabled: true }, {}, deps);
    const [, options] = vi.mocked(deps.notifications.create).mock.calls[0] ?? [];
    expect(options).toHaveProperty('silent', true);
  });

  it.each(MODES)('that cannot play leaves a %s announced all the same', async (mode) => {
    const deps = fakeDeps({
      playChime: vi.fn(async () => {
        throw new Error('No audio');
      }),
    });
    await announcePause(CARD_ID, { ...withMode(mode), soundEnabled: true }, {}, deps);
    expect(deps.playChime).toHaveBeenCalledTimes(1);
    const announced = {
      notification: deps.notifications.create,
      window: deps.openPausePage,
      badge: deps.action.setBadgeText,
    }[mode];
    expect(announced).toHaveBeenCalled();
  });
});

describe('withdrawAnnouncement', () => {
  it('clears the notification and the mark', async () => {
    const deps = fakeDeps();
    await withdrawAnnouncement(deps);
    expect(deps.notifications.clear).toHaveBeenCalledWith(PAUSE_NOTIFICATION);
    expect(deps.action.setBadgeText).toHaveBeenCalledWith({ text: '' });
  });
});

describe('clicks on the notification', () => {
  const clickDeps = () => ({ openPausePage: vi.fn(async () => {}), apply: vi.fn(async () => {}) });

  it('opens the pause page on a click, ignoring other notifications', async () => {
    const deps = clickDeps();
    await handleNotificationClick('other', deps);
    expect(deps.openPausePage).not.toHaveBeenCalled();
    await handleNotificationClick(PAUSE_NOTIFICATION, deps);
    expect(deps.openPausePage).toHaveBeenCalledWith('tab');
  });

  it('takes the pause with the first button and snoozes 10 minutes with the second', async () => {
    const deps = clickDeps();
    await handleNotificationButton(PAUSE_NOTIFICATION, 0, deps);
    expect(deps.openPausePage).toHaveBeenCalledWith('tab');
    expect(deps.apply).not.toHaveBeenCalled();
    await handleNotificationButton(PAUSE_NOTIFICATION, 1, deps);
    expect(deps.apply).toHaveBeenCalledWith({ type: 'pause-snoozed', minutes: 10 });
  });
});

describe('listenToNotifications', () => {
  beforeEach(() => fakeBrowser.reset());

  it('listens for clicks on the notification and on its buttons', () => {
    listenToNotifications(
      { openPausePage: vi.fn(), apply: vi.fn() },
      fakeBrowser.notifications,
      false,
    );
    expect(fakeBrowser.notifications.onClicked.hasListeners()).toBe(true);
    expect(fakeBrowser.notifications.onButtonClicked.hasListeners()).toBe(true);
  });

  it('adds no listener for buttons in Firefox, which has none and warns of it', () => {
    listenToNotifications(
      { openPausePage: vi.fn(), apply: vi.fn() },
      fakeBrowser.notifications,
      true,
    );
    expect(fakeBrowser.notifications.onClicked.hasListeners()).toBe(true);
    expect(fakeBrowser.notifications.onButtonClicked.hasListeners()).toBe(false);
  });
});

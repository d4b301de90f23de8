import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cards as enCards } from '@/assets/content/en';
import { cards as nlCards } from '@/assets/content/nl';
import { PAUSE_NOTIFICATION, showPauseNotification } from '@/entrypoints/background/notifications';
import { capitalizeFirst, getCardLine } from '@/utils/card-text';
import { DEFAULT_PREFERENCES } from '@/utils/preferences';
import { savePreferences } from '@/utils/preferences-store';

const lines = (cards: typeof nlCards) => cards.map((card) => capitalizeFirst(getCardLine(card)));

beforeEach(async () => {
  fakeBrowser.reset();
  await savePreferences(DEFAULT_PREFERENCES);
});

describe('showPauseNotification', () => {
  it.each([
    ['nl-NL', 'Tijd voor een korte pauze', lines(nlCards)],
    ['en-GB', 'Time for a short pause', lines(enCards)],
  ])('in %s: a quiet notification with a card from the deck', async (uiLanguage, title, lines) => {
    await showPauseNotification({
      notifications: fakeBrowser.notifications,
      getUiLanguage: () => uiLanguage,
      getIconUrl: () => 'icon.png',
      random: () => 0.5,
    });
    const created = fakeBrowser.notifications.getAllCreateOptions();
    expect(Object.keys(created)).toEqual([PAUSE_NOTIFICATION]);
    const options = created[PAUSE_NOTIFICATION];
    expect(options).toMatchObject({ type: 'basic', iconUrl: 'icon.png', title });
    expect(lines).toContain(options?.message);
  });

  it('speaks the language chosen in the preferences, whatever the browser speaks', async () => {
    await savePreferences({ ...DEFAULT_PREFERENCES, language: 'en' });
    await showPauseNotification({
      notifications: fakeBrowser.notifications,
      getUiLanguage: () => 'nl-NL',
      getIconUrl: () => 'icon.png',
      random: () => 0.5,
    });
    const options = fakeBrowser.notifications.getAllCreateOptions()[PAUSE_NOTIFICATION];
    expect(options?.title).toBe('Time for a short pause');
    expect(lines(enCards)).toContain(options?.message);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cards as enCards } from '@/assets/content/en';
import { cards as nlCards } from '@/assets/content/nl';
import { PAUSE_NOTIFICATION, showPauseNotification } from '@/entrypoints/background/notifications';
import { capitalizeFirst, getCardLine } from '@/utils/card-text';

const quoteLines = (cards: typeof nlCards) =>
  cards.filter((card) => card.kind === 'quote').map((card) => capitalizeFirst(getCardLine(card)));

beforeEach(() => fakeBrowser.reset());

describe('showPauseNotification', () => {
  it.each([
    ['nl-NL', 'Tijd voor een korte pauze', quoteLines(nlCards)],
    ['en-GB', 'Time for a short pause', quoteLines(enCards)],
  ])(
    'in %s: a quiet notification with a line from the article',
    async (uiLanguage, title, lines) => {
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
    },
  );
});

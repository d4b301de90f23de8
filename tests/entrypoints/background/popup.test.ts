import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cards } from '@/assets/content/nl';
import { type PopupDeps, updatePopup } from '@/entrypoints/background/popup';
import { readReservedCard } from '@/utils/core/addresses';
import type { LanguagePreference } from '@/utils/core/language';
import { CARD_KINDS, DEFAULT_PREFERENCES } from '@/utils/core/preferences';
import { getDatabase } from '@/utils/store/database';
import { hideCard } from '@/utils/store/deck-store';
import { deleteOwnCard, saveOwnCard } from '@/utils/store/own-cards-store';
import { savePreferences } from '@/utils/store/preferences-store';

/** A fake toolbar button that remembers its popup, as the browser does. */
function fakeAction(initial = '') {
  let popup = initial;
  return {
    setPopup: vi.fn(async ({ popup: next }: { popup: string | null }) => {
      popup = next ?? '';
    }),
    getPopup: vi.fn(async () => `chrome-extension://id${popup}`),
    current: () => new URL(popup, 'chrome-extension://id'),
  };
}

function deps(action: ReturnType<typeof fakeAction>, overrides: Partial<PopupDeps> = {}) {
  return {
    action,
    getUiLanguage: () => 'nl-NL',
    random: Math.random,
    canReserve: true,
    ...overrides,
  };
}

beforeEach(async () => {
  fakeBrowser.reset();
  // A fresh deck for each test: a bag drawn from before would start mid-cycle.
  await clear(getDatabase());
  await savePreferences(DEFAULT_PREFERENCES);
});

describe('updatePopup', () => {
  it.each<[string, LanguagePreference, string]>([
    ['nl-NL', 'auto', '/popup.html'],
    ['de-DE', 'auto', '/popup-en.html'],
    ['nl-BE', 'en', '/popup-en.html'],
    ['en-US', 'nl', '/popup.html'],
  ])('browser %s, chosen %s: points at %s', async (uiLanguage, language, page) => {
    await savePreferences({ ...DEFAULT_PREFERENCES, language });
    const action = fakeAction();
    await updatePopup({ reserveNext: false }, deps(action, { getUiLanguage: () => uiLanguage }));
    expect(action.current().pathname).toBe(page);
  });

  it('reserves the next card of the bag for the next opening, a new one each time', async () => {
    const action = fakeAction();
    const reserved: (string | null)[] = [];
    for (let opening = 0; opening < cards.length; opening++) {
      await updatePopup({ reserveNext: true }, deps(action));
      reserved.push(action.current().searchParams.get('card'));
    }
    expect(new Set(reserved).size).toBe(cards.length);
    expect(reserved.every((id) => cards.some((card) => card.id === id))).toBe(true);
  });

  it('keeps the reserved card when only the language changes', async () => {
    const action = fakeAction();
    await updatePopup({ reserveNext: true }, deps(action));
    const reserved = action.current().searchParams.get('card');
    await savePreferences({ ...DEFAULT_PREFERENCES, language: 'en' });
    await updatePopup({ reserveNext: false }, deps(action));
    expect(action.current().pathname).toBe('/popup-en.html');
    expect(action.current().searchParams.get('card')).toBe(reserved);
  });

  it('reserves nothing where the popup cannot tell the background it was opened', async () => {
    const action = fakeAction();
    await updatePopup({ reserveNext: true }, deps(action, { canReserve: false }));
    expect(action.current().searchParams.has('card')).toBe(false);
    expect(action.current().searchParams.get('lang')).toBe('nl');
  });

  it('reserves only cards of the enabled kinds', async () => {
    await savePreferences({ ...DEFAULT_PREFERENCES, enabledKinds: ['step'] });
    const action = fakeAction();
    for (let opening = 0; opening < 5; opening++) {
      await updatePopup({ reserveNext: true }, deps(action));
      const id = action.current().searchParams.get('card');
      expect(cards.find((card) => card.id === id)?.kind).toBe('step');
    }
  });
});

describe('a reserved card hidden since', () => {
  it('is replaced by the next of the bag, so the next opening does not show it', async () => {
    const action = fakeAction();
    await updatePopup({ reserveNext: true }, deps(action));
    const reserved = action.current().searchParams.get('card') as string;
    await hideCard(reserved);
    await updatePopup({ reserveNext: false }, deps(action));
    const next = action.current().searchParams.get('card');
    expect(next).not.toBe(reserved);
    expect(cards.some((card) => card.id === next)).toBe(true);
  });

  it('is replaced when an import hides it, or its kind is no longer chosen', async () => {
    const action = fakeAction();
    await updatePopup({ reserveNext: true }, deps(action));
    const reserved = cards.find(
      (card) => card.id === action.current().searchParams.get('card'),
    ) as (typeof cards)[number];
    const otherKinds = CARD_KINDS.filter((kind) => kind !== reserved.kind);
    await savePreferences({ ...DEFAULT_PREFERENCES, enabledKinds: otherKinds });
    await updatePopup({ reserveNext: false }, deps(action));
    const next = cards.find((card) => card.id === action.current().searchParams.get('card'));
    expect(next?.kind).not.toBe(reserved.kind);
  });

  describe('an own card reserved', () => {
    /** Only own cards are drawn, and there is one: it is the one reserved. */
    async function reserveOwn(action: ReturnType<typeof fakeAction>) {
      await savePreferences({ ...DEFAULT_PREFERENCES, cardSource: 'own' });
      const own = await saveOwnCard(
        { id: null, kind: 'step', typed: { text: 'zeg vandaag één keer <nee> 🙂' } },
        cards,
        1_000,
      );
      await updatePopup({ reserveNext: true }, deps(action));
      return own as { id: string };
    }
    const reservedIn = (action: ReturnType<typeof fakeAction>) =>
      readReservedCard(action.current().search, cards);

    it('goes in the address with its words, for the first frame', async () => {
      const action = fakeAction();
      const own = await reserveOwn(action);
      expect(reservedIn(action)).toEqual({
        id: own.id,
        kind: 'step',
        section: 'own',
        text: 'zeg vandaag één keer <nee> 🙂',
      });
    });

    it('shows its new words once edited, and stays reserved', async () => {
      const action = fakeAction();
      const own = await reserveOwn(action);
      await saveOwnCard({ id: own.id, kind: 'step', typed: { text: 'zeg nee' } }, cards, 2_000);
      await updatePopup({ reserveNext: false }, deps(action));
      expect(reservedIn(action)).toMatchObject({ id: own.id, text: 'zeg nee' });
    });

    it('is replaced once deleted, or once only the article’s cards are drawn', async () => {
      const action = fakeAction();
      const own = await reserveOwn(action);
      await deleteOwnCard(own.id);
      await updatePopup({ reserveNext: false }, deps(action));
      expect(action.current().searchParams.get('card')).toBeNull();

      const second = await reserveOwn(action);
      await savePreferences({ ...DEFAULT_PREFERENCES, cardSource: 'article' });
      await updatePopup({ reserveNext: false }, deps(action));
      const next = reservedIn(action);
      expect(next?.id).not.toBe(second.id);
      expect(next?.section).not.toBe('own');
    });
  });
});

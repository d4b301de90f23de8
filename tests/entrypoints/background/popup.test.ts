import { clear, set } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cards as enCards } from '@/assets/content/en';
import { cards as nlCards } from '@/assets/content/nl';
import { drawPopupCard, type PopupDeps, updatePopup } from '@/entrypoints/background/popup';
import { readReservedCard } from '@/utils/core/addresses';
import type { Card } from '@/utils/core/card';
import type { LanguagePreference } from '@/utils/core/language';
import { type OwnCard, toStoredOwnCards } from '@/utils/core/own-cards';
import { CARD_KINDS, DEFAULT_PREFERENCES } from '@/utils/core/preferences';
import { getDatabase } from '@/utils/store/database';
import { hideCard } from '@/utils/store/deck-store';
import { deleteOwnCard, OWN_CARDS_KEY, saveOwnCard } from '@/utils/store/own-cards-store';
import { savePreferences } from '@/utils/store/preferences-store';

const CHROME_ORIGIN = 'chrome-extension://id';
/** Firefox answers `getPopup` with its own scheme and a random host per install. */
const FIREFOX_ORIGIN = 'moz-extension://0f1e2d3c-aaaa-4bbb-8ccc-123456789abc';

/** A fake toolbar button that remembers its popup, and answers with it whole, as the browser does. */
function fakeAction(origin = CHROME_ORIGIN, initial = '') {
  let popup = initial;
  return {
    setPopup: vi.fn(async ({ popup: next }: { popup: string | null }) => {
      popup = next ?? '';
    }),
    getPopup: vi.fn(async () => `${origin}${popup}`),
    current: () => new URL(popup, origin),
  };
}

type FakeAction = ReturnType<typeof fakeAction>;

function deps(action: FakeAction, overrides: Partial<PopupDeps> = {}): PopupDeps {
  return { action, getUiLanguage: () => 'nl-NL', random: Math.random, ...overrides };
}

const reservedIn = (action: FakeAction) => readReservedCard(action.current().search);
const byId = (cards: readonly Card[]) => [...cards].sort((a, b) => a.id.localeCompare(b.id));

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
    expect(reservedIn(action)).not.toBeNull();
  });

  it.each<[string, LanguagePreference, readonly Card[]]>([
    ['nl-NL', 'auto', nlCards],
    ['de-DE', 'auto', enCards],
    ['nl-BE', 'en', enCards],
    ['en-US', 'nl', nlCards],
  ])(
    'browser %s, chosen %s: reserves each card of the bag once, whole, in that language',
    async (uiLanguage, language, expected) => {
      await savePreferences({ ...DEFAULT_PREFERENCES, language });
      const action = fakeAction();
      const reserved: (Card | null)[] = [];
      for (let opening = 0; opening < expected.length; opening++) {
        await updatePopup({ reserveNext: true }, deps(action, { getUiLanguage: () => uiLanguage }));
        reserved.push(reservedIn(action));
      }
      // One whole cycle of the bag: every card once, each with the words of that language's deck.
      expect(byId(reserved as Card[])).toEqual(byId(expected));
    },
  );

  it('keeps the reserved card when only the language changes, in the new language’s words', async () => {
    const action = fakeAction();
    await updatePopup({ reserveNext: true }, deps(action));
    const reserved = reservedIn(action) as Card;
    expect(reserved).toEqual(nlCards.find((card) => card.id === reserved.id));
    await savePreferences({ ...DEFAULT_PREFERENCES, language: 'en' });
    await updatePopup({ reserveNext: false }, deps(action));
    expect(action.current().pathname).toBe('/popup-en.html');
    expect(reservedIn(action)).toEqual(enCards.find((card) => card.id === reserved.id));
  });

  it('reserves in Firefox as in Chrome, and keeps the card reserved there', async () => {
    const action = fakeAction(FIREFOX_ORIGIN);
    const firefox = deps(action, { getUiLanguage: () => 'en-GB' });
    await updatePopup({ reserveNext: true }, firefox);
    const reserved = reservedIn(action) as Card;
    expect(reserved).toEqual(enCards.find((card) => card.id === reserved.id));
    await updatePopup({ reserveNext: false }, firefox);
    expect(reservedIn(action)).toEqual(reserved);
    await updatePopup({ reserveNext: true }, firefox);
    expect(reservedIn(action)?.id).not.toBe(reserved.id);
  });

  it.each([
    ['no card', '/popup.html'],
    ['an id alone, as older versions reserved', '/popup.html?card=quote-seen-as-weakness'],
    ['the language alone, as older versions wrote', '/popup.html?lang=nl'],
    ['a card that is not one', '/popup.html?card=%7B%22id%22%3A1%7D'],
  ])('reserves a card where the address holds %s', async (_name, initial) => {
    const action = fakeAction(CHROME_ORIGIN, initial);
    await updatePopup({ reserveNext: false }, deps(action));
    const reserved = reservedIn(action) as Card;
    expect(reserved).toEqual(nlCards.find((card) => card.id === reserved?.id));
  });

  it('reserves only cards of the enabled kinds', async () => {
    await savePreferences({ ...DEFAULT_PREFERENCES, enabledKinds: ['step'] });
    const action = fakeAction();
    for (let opening = 0; opening < 5; opening++) {
      await updatePopup({ reserveNext: true }, deps(action));
      expect(reservedIn(action)?.kind).toBe('step');
    }
  });

  it('reserves no card when every card that could be drawn is hidden', async () => {
    await savePreferences({ ...DEFAULT_PREFERENCES, cardSource: 'own' });
    const action = fakeAction();
    await updatePopup({ reserveNext: true }, deps(action));
    expect(action.current().pathname).toBe('/popup.html');
    expect(action.current().search).toBe('');
  });
});

describe('a reserved card hidden since', () => {
  it('is replaced by the next of the bag, so the next opening does not show it', async () => {
    const action = fakeAction();
    await updatePopup({ reserveNext: true }, deps(action));
    const reserved = reservedIn(action) as Card;
    await hideCard(reserved.id);
    await updatePopup({ reserveNext: false }, deps(action));
    const next = reservedIn(action) as Card;
    expect(next.id).not.toBe(reserved.id);
    expect(next).toEqual(nlCards.find((card) => card.id === next.id));
  });

  it('is replaced when an import hides it, or its kind is no longer chosen', async () => {
    const action = fakeAction();
    await updatePopup({ reserveNext: true }, deps(action));
    const reserved = reservedIn(action) as Card;
    const otherKinds = CARD_KINDS.filter((kind) => kind !== reserved.kind);
    await savePreferences({ ...DEFAULT_PREFERENCES, enabledKinds: otherKinds });
    await updatePopup({ reserveNext: false }, deps(action));
    expect(reservedIn(action)?.kind).not.toBe(reserved.kind);
  });

  describe('an own card reserved', () => {
    const words = 'zeg vandaag één keer <nee> 🙂';

    /** Only own cards are drawn, and there is one: it is the one reserved. */
    async function reserveOwn(action: FakeAction, uiLanguage = 'nl-NL') {
      await savePreferences({ ...DEFAULT_PREFERENCES, cardSource: 'own' });
      const own = await saveOwnCard(
        { base: null, kind: 'step', typed: { text: words } },
        nlCards,
        1_000,
      );
      await updatePopup({ reserveNext: true }, deps(action, { getUiLanguage: () => uiLanguage }));
      return own as OwnCard;
    }

    it.each(['nl-NL', 'en-US'])(
      'goes in the address with its words as written, in the %s popup too',
      async (uiLanguage) => {
        const action = fakeAction();
        const own = await reserveOwn(action, uiLanguage);
        expect(reservedIn(action)).toEqual({
          id: own.id,
          kind: 'step',
          section: 'own',
          text: words,
        });
      },
    );

    it('shows its new words once edited, and stays reserved', async () => {
      const action = fakeAction();
      const own = await reserveOwn(action);
      await saveOwnCard({ base: own, kind: 'step', typed: { text: 'zeg nee' } }, nlCards, 2_000);
      await updatePopup({ reserveNext: false }, deps(action));
      expect(reservedIn(action)).toMatchObject({ id: own.id, text: 'zeg nee' });
    });

    it('is replaced once deleted, or once only the article’s cards are drawn', async () => {
      const action = fakeAction();
      const own = await reserveOwn(action);
      await deleteOwnCard(own);
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

describe('a card too long for an address', () => {
  it('is left out of the popup’s address, which stays short: the popup asks for its card', async () => {
    await savePreferences({ ...DEFAULT_PREFERENCES, cardSource: 'own' });
    // Stored before the editor's limit, or by damaged storage: the editor never writes it.
    const text = 'x'.repeat(3_000_000);
    await set(
      OWN_CARDS_KEY,
      toStoredOwnCards([{ id: 'own-big', kind: 'step', text, writtenAtMs: 1 }]),
      getDatabase(),
    );
    const action = fakeAction();
    await updatePopup({ reserveNext: true }, deps(action));
    expect(action.current().pathname).toBe('/popup.html');
    expect(action.current().search).toBe('');
    await updatePopup({ reserveNext: false }, deps(action));
    expect(action.current().search).toBe('');
    // The popup, asking, is given it whole.
    expect((await drawPopupCard(deps(action))).card).toMatchObject({ id: 'own-big', text });
  });
});

describe('drawPopupCard', () => {
  it.each<[string, LanguagePreference, 'nl' | 'en']>([
    ['nl-NL', 'auto', 'nl'],
    ['fr-FR', 'auto', 'en'],
    ['nl-NL', 'en', 'en'],
    ['en-US', 'nl', 'nl'],
  ])('browser %s, chosen %s: draws in %s, and says so', async (uiLanguage, language, expected) => {
    await savePreferences({ ...DEFAULT_PREFERENCES, language });
    const drawn = await drawPopupCard(deps(fakeAction(), { getUiLanguage: () => uiLanguage }));
    expect(drawn.language).toBe(expected);
    const deck = expected === 'nl' ? nlCards : enCards;
    expect(drawn.card).toEqual(deck.find((card) => card.id === drawn.card?.id));
  });

  it('draws from the same bag as the popup’s address: a whole cycle without a repeat', async () => {
    const action = fakeAction();
    await updatePopup({ reserveNext: true }, deps(action));
    const shown = [reservedIn(action)?.id];
    for (let opening = 1; opening < nlCards.length; opening++) {
      shown.push((await drawPopupCard(deps(action))).card?.id);
    }
    expect(new Set(shown).size).toBe(nlCards.length);
  });
});

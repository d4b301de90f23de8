// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cards as enCards } from '@/assets/content/en';
import { cards as nlCards } from '@/assets/content/nl';
import { popupMessages as en } from '@/assets/i18n/popup-en';
import { popupMessages as nl } from '@/assets/i18n/popup-nl';
import { firstFrame, openPopup, paintPopup } from '@/entrypoints/popup/paint';
import { prerenderPopup } from '@/entrypoints/popup/prerender';
import {
  POPUP_LINKS,
  type PopupActions,
  type PopupLocale,
  popupView,
  startPopup,
} from '@/entrypoints/popup/start';
import { getPopupPath } from '@/utils/core/addresses';
import { CARD_KINDS, type Card } from '@/utils/core/card';
import type { Language } from '@/utils/core/language';
import { createPauseState } from '@/utils/core/pause-state';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';

// The popup's opening: its page painted from the templates built with it, then taken over by
// Preact. What a person sees is checked in Chromium (tests/e2e/popup.e2e.ts); here, that the
// painted page is exactly what Preact renders, and what the popup says to the background.

const LOCALES: Record<Language, PopupLocale> = {
  nl: { language: 'nl', messages: nl },
  en: { language: 'en', messages: en },
};
const DECKS: Record<Language, readonly Card[]> = { nl: nlCards, en: enCards };
const KINDS = CARD_KINDS;

/** The extension's own runtime, as Firefox gives it to every page (no polyfill). */
const runtime = { sendMessage: vi.fn(async (_message: unknown): Promise<unknown> => undefined) };

beforeEach(() => {
  runtime.sendMessage.mockReset();
  runtime.sendMessage.mockImplementation(async () => undefined);
  vi.stubGlobal('browser', { runtime });
});

afterEach(() => {
  cleanup();
  // Unmounted, so no effect of this test's popup runs in the next.
  const root = document.getElementById('app');
  if (root) render(null, root);
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

/** The popup's views in each language, as the build renders them. */
const VIEWS = { nl: prerenderPopup('nl'), en: prerenderPopup('en') };

/** The popup's page as built: an empty root. */
function builtPage(): HTMLElement {
  document.head.replaceChildren();
  document.body.innerHTML = '<div id="app"></div>';
  return document.getElementById('app') as HTMLElement;
}

/** The popup's styles, as its first script brings them. */
const STYLES = '.card { border-radius: 0.75rem; }';

/** Actions that wait for ever: the popup as it stands before any answer. */
const WAITING: PopupActions = {
  ...POPUP_LINKS,
  loadPauseState: () => new Promise(() => {}),
  sendPauseAction: () => new Promise(() => {}),
  drawNext: () => new Promise(() => {}),
  hide: () => new Promise(() => {}),
  unhide: () => new Promise(() => {}),
  loadTryStep: () => new Promise(() => {}),
  loadOpenSteps: () => new Promise(() => {}),
};

/** What Preact renders for the popup with `card`, as HTML. */
function preactMarkup(language: Language, card: Card | undefined): string {
  const root = document.createElement('div');
  render(popupView(LOCALES[language], card, WAITING, 0), root);
  const markup = root.innerHTML;
  render(null, root);
  return markup;
}

/** Own cards of every kind, with words no template could hold by accident. */
const OWN_CARDS: Card[] = KINDS.map((kind) =>
  kind === 'reframe'
    ? {
        id: 'own-r$&1',
        section: 'own',
        kind,
        thought: 'ik ben <b>zwak</b> 😔',
        reframe: 'אני אמיץ',
      }
    : { id: `own-${kind}`, section: 'own', kind, text: `mijn eigen ${kind} & “zin”` },
);

describe('the popup’s first frame, painted before Preact loads', () => {
  for (const language of ['nl', 'en'] as const) {
    const articleCards = KINDS.map(
      (kind) => DECKS[language].find((card) => card.kind === kind) as Card,
    );
    it.each([...articleCards, ...OWN_CARDS].map((card) => [card.id, card] as const))(
      `is what Preact renders, in ${language}, for %s`,
      (_id, card) => {
        const root = builtPage();
        paintPopup(root, card, VIEWS[language]);
        expect(root.innerHTML).toBe(preactMarkup(language, card));
      },
    );

    it(`is what Preact renders, in ${language}, while no card is known yet`, () => {
      const root = builtPage();
      paintPopup(root, undefined, VIEWS[language]);
      expect(root.innerHTML).toBe(preactMarkup(language, undefined));
      expect(root.querySelector('.card')).toBeNull();
    });
  }

  it('shows an own card as written: its words as text, in a bdi', () => {
    const root = builtPage();
    paintPopup(root, OWN_CARDS[1], VIEWS.nl);
    expect(screen.getByRole('figure', { name: 'Zelfspraak · Eigen kaart' })).toBeTruthy();
    expect(screen.getByText('ik ben <b>zwak</b> 😔').tagName).toBe('BDI');
    expect(root.querySelector('.card b')).toBeNull();
    expect(root.querySelector('.card')?.getAttribute('aria-labelledby')).toBe('card-kind-own-r$&1');
  });

  it('comes from the address alone, before anything is loaded or asked', () => {
    builtPage();
    const card = nlCards.find((each) => each.kind === 'question') as Card & { text: string };
    history.replaceState(null, '', getPopupPath('nl', card));
    const load = vi.fn(() => new Promise<never>(() => {}));
    openPopup(VIEWS.nl, STYLES, load);
    // No await: this is the page as its first frame paints it, styled.
    expect(screen.getByRole('figure', { name: 'Reflectievraag' }).textContent).toContain(
      card.text.slice(1),
    );
    expect([...document.head.querySelectorAll('style')].map((style) => style.textContent)).toEqual([
      STYLES,
    ]);
    expect(firstFrame?.card).toEqual(card);
    expect(load).not.toHaveBeenCalled();
    expect(runtime.sendMessage).not.toHaveBeenCalled();
  });
});

/** The background's answers, by the type of message; any other message goes unanswered. */
function answerMessages(answers: Record<string, unknown>) {
  runtime.sendMessage.mockImplementation(
    async (message) => answers[(message as { type: string }).type],
  );
}

/** Paints the Dutch popup from `search`, then lets Preact take it over. */
function openAndStart(search: string, goTo = vi.fn()) {
  builtPage();
  history.replaceState(null, '', `/popup.html${search}`);
  openPopup(VIEWS.nl, STYLES, () => new Promise(() => {}));
  startPopup(LOCALES.nl, firstFrame as NonNullable<typeof firstFrame>, goTo);
  return goTo;
}

const reframe = nlCards.find((card) => card.kind === 'reframe') as Card;
const quote = nlCards.find((card) => card.kind === 'quote') as Card;
const enQuote = enCards.find((card) => card.id === quote.id) as Card;

describe('Preact taking over the painted popup', () => {
  it('adopts the painted card as it is, and makes it work', async () => {
    openAndStart(new URL(getPopupPath('nl', reframe), 'https://x').search);
    const painted = document.querySelector('.card');
    screen.getByRole('button', { name: nl.revealReframe }).click();
    await waitFor(() => expect(document.querySelector('.card-reframe')).not.toBeNull());
    // Hydrated, not drawn again: the very element the first frame painted.
    expect(document.querySelector('.card')).toBe(painted);
  });

  it('says once that it opened, and shows the pause status and the steps from the answer', async () => {
    const state = createPauseState(
      { ...DEFAULT_PREFERENCES, activeDays: [0, 1, 2, 3, 4, 5, 6], activeEndMinute: 540 },
      Date.now(),
    );
    runtime.sendMessage.mockImplementation(async () => ({ openSteps: 2, state }));
    openAndStart(new URL(getPopupPath('nl', quote), 'https://x').search);
    await screen.findByText('Je probeert 2 kleine stappen.');
    const status = document.querySelector('.pause-status') as HTMLElement;
    await waitFor(() => expect(status.textContent).toMatch(/^Volgende pauze/));
    expect(runtime.sendMessage.mock.calls).toEqual([[{ type: 'popup-opened' }]]);
  });

  it('asks the background for the next card on "Nog een", and shows its answer', async () => {
    answerMessages({ 'card-asked': { card: reframe, language: 'nl' } });
    openAndStart(new URL(getPopupPath('nl', quote), 'https://x').search);
    screen.getByRole('button', { name: nl.drawNext }).click();
    await screen.findByRole('figure', { name: 'Zelfspraak' });
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'card-asked' });
  });

  it('has the background hide a card, shows the card it answers with, and restores on undo', async () => {
    answerMessages({ 'card-hidden': { card: reframe, language: 'nl' }, 'card-restored': {} });
    openAndStart(new URL(getPopupPath('nl', quote), 'https://x').search);
    screen.getByRole('button', { name: nl.hideCard }).click();
    await screen.findByRole('figure', { name: 'Zelfspraak' });
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'card-hidden', cardId: quote.id });
    expect(runtime.sendMessage).not.toHaveBeenCalledWith({ type: 'card-asked' });
    screen.getByRole('button', { name: nl.undoHide }).click();
    await screen.findByRole('figure', { name: 'Uit het artikel' });
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'card-restored', cardId: quote.id });
  });

  it('asks for its first card when none came with the page (one opened by hand)', async () => {
    answerMessages({ 'card-asked': { card: quote, language: 'nl' } });
    const goTo = openAndStart('');
    expect(screen.queryByRole('figure')).toBeNull();
    await screen.findByRole('figure', { name: 'Uit het artikel' });
    expect(goTo).not.toHaveBeenCalled();
  });

  it('says kindly when the background has no card to give', async () => {
    answerMessages({ 'card-asked': { card: null, language: 'nl' } });
    openAndStart('');
    await screen.findByText(nl.emptyDeck);
  });

  it("goes to the other language's page with the card the background drew, when the settings ask for it", async () => {
    answerMessages({ 'card-asked': { card: enQuote, language: 'en' } });
    const goTo = openAndStart('');
    await waitFor(() => expect(goTo).toHaveBeenCalledOnce());
    const path = new URL(goTo.mock.calls[0]?.[0] as string, 'https://x');
    expect(path.pathname).toBe('/popup-en.html');
    expect(path.search).toBe(new URL(getPopupPath('en', enQuote), 'https://x').search);
    // The Dutch page shows no English card meanwhile.
    expect(screen.queryByRole('figure')).toBeNull();
  });
});

describe('a background stopped by the browser', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is asked again for the next card, which the popup then shows', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    let isStopped = true;
    runtime.sendMessage.mockImplementation(async (message) => {
      if ((message as { type: string }).type !== 'card-asked') return undefined;
      if (isStopped) {
        isStopped = false;
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      return { card: reframe, language: 'nl' };
    });
    openAndStart(new URL(getPopupPath('nl', quote), 'https://x').search);
    screen.getByRole('button', { name: nl.drawNext }).click();
    await vi.advanceTimersByTimeAsync(1000);
    vi.useRealTimers();
    await screen.findByRole('figure', { name: 'Zelfspraak' });
    const asked = runtime.sendMessage.mock.calls.filter(
      ([message]) => (message as { type: string }).type === 'card-asked',
    );
    expect(asked).toHaveLength(2);
  });
});

describe('each language’s Preact module', () => {
  it.each(['nl', 'en'] as const)(
    'takes over the painted popup in %s when it loads',
    async (language) => {
      vi.resetModules();
      const paint = await import('@/entrypoints/popup/paint');
      builtPage();
      const card = DECKS[language].find((each) => each.kind === 'reframe') as Card;
      history.replaceState(null, '', getPopupPath(language, card));
      paint.openPopup(VIEWS[language], STYLES, () => new Promise(() => {}));
      await import(`@/entrypoints/popup/app-${language}.ts`);
      screen.getByRole('button', { name: LOCALES[language].messages.revealReframe }).click();
      await waitFor(() => expect(document.querySelector('.card-reframe')).not.toBeNull());
      await waitFor(() =>
        expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'popup-opened' }),
      );
    },
  );
});

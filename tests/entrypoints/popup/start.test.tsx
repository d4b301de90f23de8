// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cards } from '@/assets/content/nl';
import { popupMessages } from '@/assets/i18n/popup-nl';
import { startPopup } from '@/entrypoints/popup/start';
import { getPopupPath } from '@/utils/core/addresses';
import { createPauseState } from '@/utils/core/pause-state';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';
import { loadHiddenCardIds } from '@/utils/store/deck-store';
import { saveOwnCard } from '@/utils/store/own-cards-store';
import { savePreferences } from '@/utils/store/preferences-store';

/** The extension's own runtime, as Firefox gives it to every page (no polyfill). */
const runtime = { sendMessage: vi.fn(async () => undefined) };
const card = cards[0] as (typeof cards)[number];

beforeEach(() => {
  runtime.sendMessage.mockClear();
  vi.stubGlobal('browser', { runtime });
});

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

function start(search: string, goTo = vi.fn()) {
  history.replaceState(null, '', `/popup.html${search}`);
  const root = document.createElement('div');
  document.body.append(root);
  return startPopup({ language: 'nl', messages: popupMessages, cards }, root, goTo);
}

describe('the popup tells the background what it did', () => {
  it('says it opened by runtime message: an event page hears that, not postMessage', async () => {
    await start(`?lang=nl&card=${card.id}`);
    await waitFor(() => expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'popup-opened' }));
  });

  it('says so when it drew its own card (Firefox reserves none)', async () => {
    await start('?lang=nl');
    await waitFor(() =>
      expect(runtime.sendMessage).toHaveBeenCalledWith(
        expect.objectContaining({ type: 'popup-opened' }),
      ),
    );
  });

  it('says once that it opened, and shows the pause status and the steps from the answer', async () => {
    const state = createPauseState(
      { ...DEFAULT_PREFERENCES, activeDays: [0, 1, 2, 3, 4, 5, 6], activeEndMinute: 540 },
      Date.now(),
    );
    runtime.sendMessage.mockImplementation(async () => ({ openSteps: 2, state }) as never);
    await start(`?lang=nl&card=${card.id}`);
    await screen.findByText('Je probeert 2 kleine stappen.');
    const status = document.querySelector('.pause-status') as HTMLElement;
    await waitFor(() => expect(status.textContent).toMatch(/^Volgende pauze/));
    expect(runtime.sendMessage).toHaveBeenCalledTimes(1);
  });

  it('says a card was hidden, so a reserved one is checked', async () => {
    await start(`?lang=nl&card=${card.id}`);
    screen.getByRole('button', { name: popupMessages.hideCard }).click();
    await waitFor(() => expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'deck-changed' }));
    expect(await loadHiddenCardIds()).toEqual([card.id]);
  });
});

describe('the popup of one language, when the settings ask for the other', () => {
  it("goes to the other language's page with the card it drew reserved, and shows nothing itself", async () => {
    await savePreferences({ ...DEFAULT_PREFERENCES, language: 'en' });
    const goTo = vi.fn();
    await start('?lang=nl', goTo);
    expect(goTo).toHaveBeenCalledOnce();
    const path = new URL(goTo.mock.calls[0]?.[0] as string, 'https://x');
    expect(path.pathname).toBe('/popup-en.html');
    expect(path.searchParams.get('lang')).toBe('en');
    expect(cards.some((each) => each.id === path.searchParams.get('card'))).toBe(true);
    expect(document.querySelector('.card')).toBeNull();
    expect(runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('stays when the settings ask for its own language', async () => {
    await savePreferences({ ...DEFAULT_PREFERENCES, language: 'nl' });
    const goTo = vi.fn();
    await start('?lang=en', goTo);
    expect(goTo).not.toHaveBeenCalled();
    await screen.findByRole('button', { name: popupMessages.drawNext });
  });
});

describe('an own card reserved for the popup', () => {
  const own = {
    id: 'own-lp2x-abc',
    kind: 'reframe',
    section: 'own',
    thought: 'ik ben <b>zwak</b> 😔',
    reframe: 'אני אמיץ',
  } as const;

  it('shows in the first render, from the address alone, before any storage is read', () => {
    const search = new URL(getPopupPath('nl', own), 'https://x').search;
    // No await: what the popup shows at once is what its first frame paints.
    const pending = start(search);
    expect(pending).toBeUndefined();
    expect(screen.getByRole('figure', { name: 'Zelfspraak · Eigen kaart' })).toBeTruthy();
    expect(screen.getByText(own.thought).tagName).toBe('BDI');
    expect(document.querySelector('.card b')).toBeNull();
  });

  it('goes with its words to the other language’s page when the popup drew it itself', async () => {
    await savePreferences({ ...DEFAULT_PREFERENCES, language: 'en', cardSource: 'own' });
    await saveOwnCard(
      { id: null, kind: 'quote', typed: { text: 'mijn eigen zin 🌱' } },
      cards,
      1_000,
    );
    const goTo = vi.fn();
    await start('?lang=nl', goTo);
    const path = new URL(goTo.mock.calls[0]?.[0] as string, 'https://x');
    expect(path.pathname).toBe('/popup-en.html');
    cleanup();
    document.body.replaceChildren();
    await start(path.search);
    expect(screen.getByRole('figure', { name: 'Eigen kaart' }).textContent).toContain(
      'mijn eigen zin 🌱',
    );
  });
});

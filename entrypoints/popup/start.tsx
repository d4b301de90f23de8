import { render } from 'preact';
import type { Card } from '@/assets/content/types';
import { findCard } from '@/utils/deck';
import { drawNextCard, hideCard, unhideCard } from '@/utils/deck-store';
import { readLanguageHint, resolveLanguage } from '@/utils/language';
import { type Locale, loadLocale } from '@/utils/locale';
import { App } from './App';

/**
 * Starts a popup page that carries one language in its own scripts (popup.html: Dutch,
 * popup-en.html: English), so the card waits only for one IndexedDB transaction. The background
 * points the toolbar button at the page in the user's language (`?lang=` says it chose); should
 * the preferences ask for the other language, that one is loaded and the same card shown in it.
 * The popup needs no extension API, so it loads none.
 */
export async function startPopup(pageLocale: Locale, root: HTMLElement): Promise<void> {
  const first = await drawNextCard(pageLocale.cards, Math.random);
  const chosen = first.preferences.language;
  const language =
    chosen !== 'auto'
      ? chosen
      : (readLanguageHint(location.search) ?? resolveLanguage(navigator.language));
  const locale = language === pageLocale.language ? pageLocale : await loadLocale(language);
  const inLocale = (card: Card | null) => findCard(locale.cards, card?.id ?? null);
  document.documentElement.lang = locale.language;

  render(
    <App
      messages={locale.messages}
      initialCard={inLocale(first.card)}
      drawNext={async () => inLocale((await drawNextCard(locale.cards, Math.random)).card)}
      hide={(card) => hideCard(card.id)}
      unhide={(card) => unhideCard(card.id)}
      settingsUrl="/options.html"
    />,
    root,
  );
}

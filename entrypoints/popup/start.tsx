import { render } from 'preact';
import type { Card } from '@/assets/content/types';
import { getPopupPath, readLanguageHint, readReservedCard } from '@/utils/core/addresses';
import { resolveLanguage } from '@/utils/core/language';
import { announceChange } from '@/utils/glue/changes';
import type { PopupLocale } from '@/utils/glue/locale';
import type { Message, MessageResponse } from '@/utils/glue/messages';
import { sendRuntimeMessage } from '@/utils/glue/runtime-message';
import { drawNextCard, hideCard, unhideCard } from '@/utils/store/deck-store';
import { App } from './App';

/**
 * Starts a popup page that carries one language in its own scripts (popup.html: Dutch,
 * popup-en.html: English). The background points the toolbar button at the page of the user's
 * language, with the card reserved for this opening in its address (an own card with its words,
 * which the popup's scripts do not hold): that card renders before
 * anything is read from storage, in the page's first frame (the script blocks rendering until it
 * has run). Without a reserved card (Firefox, whose background cannot hear the popup, or a page
 * opened by hand), the popup draws from the stored bag itself. The popup needs no extension API,
 * so it loads none.
 */
export function startPopup(
  pageLocale: PopupLocale,
  root: HTMLElement,
  goTo: (path: string) => void = (path) => location.replace(path),
): Promise<void> | undefined {
  const reserved = readReservedCard(location.search, pageLocale.cards);
  if (!reserved) return startFromStore(pageLocale, root, goTo);
  showPopup(pageLocale, reserved, root);
  return undefined;
}

/**
 * Draws the first card from the stored bag. When the preferences ask for the other language, the
 * popup goes to that language's page with the card drawn reserved in its address: the popup
 * loads no other language's code (and, with no `import()`, no loader of it).
 */
async function startFromStore(
  pageLocale: PopupLocale,
  root: HTMLElement,
  goTo: (path: string) => void,
): Promise<void> {
  const first = await drawNextCard(pageLocale.cards, Math.random);
  const chosen = first.preferences.language;
  const language =
    chosen !== 'auto'
      ? chosen
      : (readLanguageHint(location.search) ?? resolveLanguage(navigator.language));
  if (language !== pageLocale.language) {
    goTo(getPopupPath(language, first.card));
    return;
  }
  showPopup(pageLocale, first.card, root);
}

/**
 * Renders the popup with its first card; later cards come from the stored bag. After the first
 * frame it tells the background it opened (so it reserves the next card and takes the mark off the
 * toolbar button), which answers with the pause state for the status and how many steps are being
 * tried; the status's actions go to the background by runtime message too.
 */
function showPopup(locale: PopupLocale, initialCard: Card | null, root: HTMLElement) {
  document.documentElement.lang = locale.language;
  // Said once, after the first frame (the App asks in its effects); both answers come with it.
  let opened: Promise<MessageResponse<'popup-opened'>> | undefined;
  const tellOpened = () => {
    opened ??= sendRuntimeMessage({ type: 'popup-opened' });
    return opened;
  };
  render(
    <App
      messages={locale.messages}
      language={locale.language}
      nowMs={Date.now()}
      loadPauseState={async () => (await tellOpened())?.state ?? null}
      sendPauseAction={sendRuntimeMessage}
      pauseUrl="/pause.html"
      initialCard={initialCard}
      drawNext={async () => (await drawNextCard(locale.cards, Math.random)).card}
      hide={async (card) => {
        await hideCard(card.id);
        announceChange('hidden-cards');
        // The card reserved for the next opening may be this one: the background checks.
        tellBackground({ type: 'deck-changed' });
      }}
      unhide={async (card) => {
        await unhideCard(card.id);
        announceChange('hidden-cards');
      }}
      settingsUrl="/options.html"
      journalUrl="/journal.html"
      loadTryStep={async () => (await import('./try-step')).loadTryStep(locale.language)}
      loadOpenSteps={async () => (await tellOpened())?.openSteps ?? 0}
    />,
    root,
  );
}

/**
 * Tells the background a card was hidden. A runtime message, which wakes Chrome's service worker
 * and reaches Firefox's event page alike; a background that cannot be reached is no failure.
 */
function tellBackground(message: Message<'deck-changed'>) {
  sendRuntimeMessage(message).catch(() => undefined);
}

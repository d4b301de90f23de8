import { hydrate } from 'preact';
import type { PopupMessages } from '@/assets/i18n/types';
import { getPopupPath } from '@/utils/core/addresses';
import type { Card } from '@/utils/core/card';
import type { Language } from '@/utils/core/language';
import type { MessageResponse } from '@/utils/glue/messages';
import { sendMessage } from '@/utils/glue/messages';
import { App, type PopupAppProps } from './App';
import type { FirstFrame } from './paint';

/** What the popup speaks: one language, and its own strings (no other page's, no deck). */
export interface PopupLocale {
  language: Language;
  messages: PopupMessages;
}

/** What the popup asks of the world; the page's real ones, or inert ones to render it at build. */
export type PopupActions = Omit<PopupAppProps, 'messages' | 'language' | 'initialCard' | 'nowMs'>;

/** The popup as it renders with its first card: the same when built and when it runs. */
export function popupView(
  locale: PopupLocale,
  initialCard: Card | null | undefined,
  actions: PopupActions,
  nowMs: number,
) {
  return (
    <App
      messages={locale.messages}
      language={locale.language}
      nowMs={nowMs}
      initialCard={initialCard}
      {...actions}
    />
  );
}

/** Where the popup's links go, each in a tab of its own. */
export const POPUP_LINKS = {
  pauseUrl: '/pause.html',
  settingsUrl: '/options.html',
  journalUrl: '/journal.html',
} as const;

/**
 * Preact takes over the popup its first frame painted (paint.ts), with the card reserved for this
 * opening (undefined: none came with the page, and the popup asks for one). The background draws,
 * hides and restores every card, so the popup carries no deck and no storage of its own. It tells
 * the background it opened, which reserves the card for the next opening and answers with the
 * pause state for the status and how many steps are being tried.
 */
export function startPopup(
  locale: PopupLocale,
  { root, card }: FirstFrame,
  goTo = (path: string) => location.replace(path),
): void {
  // Said once (the App asks in its effects); both answers come with it.
  let opened: Promise<MessageResponse<'popup-opened'>> | undefined;
  const tellOpened = () => {
    opened ??= sendMessage({ type: 'popup-opened' });
    return opened;
  };
  /** A card drawn or left after a hide; on the other language's page when the settings say so. */
  const inThisLanguage = ({ card: next, language }: MessageResponse<'card-asked'>) => {
    if (language === locale.language) return next;
    goTo(getPopupPath(language, next));
    return new Promise<never>(() => {});
  };
  const actions: PopupActions = {
    ...POPUP_LINKS,
    loadPauseState: async () => (await tellOpened())?.state ?? null,
    sendPauseAction: sendMessage,
    drawNext: async () => inThisLanguage(await sendMessage({ type: 'card-asked' })),
    hide: async ({ id }) => inThisLanguage(await sendMessage({ type: 'card-hidden', cardId: id })),
    unhide: async ({ id }) => {
      await sendMessage({ type: 'card-restored', cardId: id });
    },
    loadTryStep: async () => (await import('./try-step')).loadTryStep(locale.language),
    loadOpenSteps: async () => (await tellOpened())?.openSteps ?? 0,
  };
  // Hydrated: Preact adopts the painted page as it is (or renders into an empty one).
  hydrate(popupView(locale, card, actions, Date.now()), root);
}

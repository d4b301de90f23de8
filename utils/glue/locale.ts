import type { Card } from '@/assets/content/types';
import type { PopupMessages, UiMessages } from '@/assets/i18n/types';
import type { Language } from '@/utils/core/language';

/** What the popup needs to speak one language: its own strings and the deck. */
export interface PopupLocale {
  language: Language;
  messages: PopupMessages;
  cards: readonly Card[];
}

/** What a page needs to speak one language: every string and the deck. */
export interface Locale extends PopupLocale {
  messages: UiMessages;
}

/**
 * Loads one language only, for the settings and pause pages: its two chunks (the popup's, with the
 * cards, and the other pages' strings) are fetched together, and a page never downloads both
 * languages. The popup loads its own, smaller locale (entrypoints/popup/start.tsx), so this module
 * stays out of its chunks (wxt.config.ts).
 */
export async function loadLocale(language: Language): Promise<Locale> {
  const { messages, cards } =
    language === 'nl' ? await import('@/assets/locales/nl') : await import('@/assets/locales/en');
  return { language, messages, cards };
}

import type { UiMessages } from '@/assets/i18n/types';
import type { Card } from '@/utils/core/card';
import type { Language } from '@/utils/core/language';

/** What a page needs to speak one language: every string and the deck. */
export interface Locale {
  language: Language;
  messages: UiMessages;
  cards: readonly Card[];
}

/**
 * Loads one language only, for the settings, pause and journal pages: a page never downloads
 * both. The popup speaks with its own strings alone (entrypoints/popup/app-nl.ts, app-en.ts).
 */
export async function loadLocale(language: Language): Promise<Locale> {
  const { messages, cards } =
    language === 'nl' ? await import('@/assets/locales/nl') : await import('@/assets/locales/en');
  return { language, messages, cards };
}

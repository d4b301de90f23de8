import type { Card } from '@/assets/content/types';
import type { UiMessages } from '@/assets/i18n/types';
import type { Language } from './language';

/** What a page needs to speak one language: its strings and its deck. */
export interface Locale {
  language: Language;
  messages: UiMessages;
  cards: readonly Card[];
}

/** Loads one language only; each language is its own chunk, so a page never downloads both. */
export async function loadLocale(language: Language): Promise<Locale> {
  const { messages, cards } =
    language === 'nl' ? await import('@/assets/locales/nl') : await import('@/assets/locales/en');
  return { language, messages, cards };
}

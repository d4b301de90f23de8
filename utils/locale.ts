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
  const [{ messages }, { cards }] =
    language === 'nl'
      ? await Promise.all([import('@/assets/i18n/nl'), import('@/assets/content/nl')])
      : await Promise.all([import('@/assets/i18n/en'), import('@/assets/content/en')]);
  return { language, messages, cards };
}

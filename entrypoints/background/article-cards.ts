import { cards as enCards } from '@/assets/content/en';
import { cards as nlCards } from '@/assets/content/nl';
import type { Card } from '@/utils/core/card';
import type { Language } from '@/utils/core/language';

/**
 * The article's cards in each language: the same ids in the same order, each in its own words. The
 * background shows a card (in the popup's address, in a notification) in the user's language.
 */
export const ARTICLE_CARDS: Readonly<Record<Language, readonly Card[]>> = {
  nl: nlCards,
  en: enCards,
};

import { CARD_KINDS, type Card } from '@/assets/content/types';
import type { Language } from './language';

// The addresses of the extension's own pages, and what they carry.

/**
 * The address a pause page takes once its pause is answered ("Klaar" or "Later"), so the
 * background can tell a page still waiting for its person from one that is done.
 */
export const ANSWERED_PAUSE_SEARCH = '?answered';

/**
 * The longest words a reserved card may carry in one field: an own card holds 280 characters, the
 * article's longest line under 200. Anything longer is not a card this extension reserved.
 */
const RESERVED_WORDS_MAX_CHARS = 1000;

const SECTIONS: readonly Card['section'][] = [
  'intro',
  'meaning',
  'discomfort',
  'strength',
  'missing',
  'steps',
  'questions',
  'closing',
  'own',
];

/**
 * The popup page that carries this language in its own strings, with the card reserved for its
 * next opening: the card whole, its words in that language, so the popup paints it in its first
 * frame and carries no deck of its own.
 */
export function getPopupPath(language: Language, reserved: Card | null = null): string {
  const page = language === 'nl' ? '/popup.html' : '/popup-en.html';
  return reserved ? `${page}?${new URLSearchParams({ card: JSON.stringify(reserved) })}` : page;
}

const isWords = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && value.length <= RESERVED_WORDS_MAX_CHARS;

/**
 * The card reserved for this opening of the popup (`?card=…`), read anew field by field. Null when
 * there is none, or when what is there is not a card (a page opened by hand): the popup then asks
 * the background for one.
 */
export function readReservedCard(search: string): Card | null {
  try {
    const { id, section, kind, text, thought, reframe } = JSON.parse(
      new URLSearchParams(search).get('card') ?? '',
    );
    if (!isWords(id) || !SECTIONS.includes(section) || !CARD_KINDS.includes(kind)) return null;
    if (kind === 'reframe') {
      return isWords(thought) && isWords(reframe) ? { id, section, kind, thought, reframe } : null;
    }
    return isWords(text) ? { id, section, kind, text } : null;
  } catch {
    return null;
  }
}

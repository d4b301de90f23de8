import { CARD_KINDS, type Card } from '@/utils/core/card';
import type { Language } from './language';

// The addresses of the extension's own pages, and what they carry.

/**
 * The address a pause page takes once its pause is answered ("Klaar" or "Later"), so the
 * background can tell a page still waiting for its person from one that is done.
 */
export const ANSWERED_PAUSE_SEARCH = '?answered';

/**
 * The most words a card may carry in the popup's address, all its fields together: an own card
 * the editor writes holds at most two fields of 280 characters, the article's longest line under
 * 200. A longer card (stored before the editor's limit, or by damaged storage) is left out of the
 * address, and the popup asks the background for it: a 3 MB card would make an address Chrome
 * refuses to load. At this bound, every character percent-encoded as nine bytes, the address
 * stays under 12 KB. Read back, a field longer than this is not a card this extension reserved.
 */
export const RESERVED_WORDS_MAX_CHARS = 1000;

/** How many characters a card's words take up, all its fields together. */
const countWordChars = (card: Card): number =>
  card.kind === 'reframe' ? card.thought.length + card.reframe.length : card.text.length;

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
 * frame and carries no deck of its own. A card with more words than an address carries is left
 * out: the popup then asks for it.
 */
export function getPopupPath(language: Language, reserved: Card | null = null): string {
  const page = language === 'nl' ? '/popup.html' : '/popup-en.html';
  const isCarried = reserved !== null && countWordChars(reserved) <= RESERVED_WORDS_MAX_CHARS;
  return isCarried ? `${page}?${new URLSearchParams({ card: JSON.stringify(reserved) })}` : page;
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

import type { Language } from './language';

// The addresses of the extension's own pages, and what they carry.

/**
 * The address a pause page takes once its pause is answered ("Klaar" or "Later"), so the
 * background can tell a page still waiting for its person from one that is done.
 */
export const ANSWERED_PAUSE_SEARCH = '?answered';

/**
 * The popup page that carries this language in its own scripts, marked as chosen for it, with
 * the card reserved for its next opening (so it can show that card in its first frame).
 */
export function getPopupPath(language: Language, reservedCardId: string | null = null): string {
  const page = language === 'nl' ? '/popup.html' : '/popup-en.html';
  const query = new URLSearchParams({ lang: language });
  if (reservedCardId !== null) query.set('card', reservedCardId);
  return `${page}?${query}`;
}

/** The language a page's address names (`?lang=nl`), or null when it names none. */
export function readLanguageHint(search: string): Language | null {
  const hint = new URLSearchParams(search).get('lang');
  return hint === 'nl' || hint === 'en' ? hint : null;
}

/** The card reserved for this opening of the popup (`?card=…`), or null. */
export function readReservedCardId(search: string): string | null {
  return new URLSearchParams(search).get('card') || null;
}

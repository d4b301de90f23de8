import type { Card } from '@/assets/content/types';
import { findCard, toDeckCard } from './deck';
import type { Language } from './language';
import { sanitizeOwnCard } from './own-cards';

// The addresses of the extension's own pages, and what they carry.

/**
 * The address a pause page takes once its pause is answered ("Klaar" or "Later"), so the
 * background can tell a page still waiting for its person from one that is done.
 */
export const ANSWERED_PAUSE_SEARCH = '?answered';

/**
 * The popup page that carries this language in its own scripts, marked as chosen for it, with
 * the card reserved for its next opening (so it can show that card in its first frame). The
 * article's cards are in the popup's scripts and go by id; an own card's words are not, and go
 * in the address with it.
 */
export function getPopupPath(language: Language, reserved: Card | null = null): string {
  const page = language === 'nl' ? '/popup.html' : '/popup-en.html';
  const query = new URLSearchParams({ lang: language });
  if (reserved)
    query.set('card', reserved.section === 'own' ? JSON.stringify(reserved) : reserved.id);
  return `${page}?${query}`;
}

/** The language a page's address names (`?lang=nl`), or null when it names none. */
export function readLanguageHint(search: string): Language | null {
  const hint = new URLSearchParams(search).get('lang');
  return hint === 'nl' || hint === 'en' ? hint : null;
}

/** The id of the card reserved for this opening of the popup (`?card=…`), or null. */
export function readReservedCardId(search: string): string | null {
  const reserved = new URLSearchParams(search).get('card') || null;
  return reserved?.startsWith('{') ? (readReservedCard(search, [])?.id ?? null) : reserved;
}

/**
 * The card reserved for this opening of the popup: one of `cards` by its id, or an own card with
 * its words. Null when there is none, or when what is there is not a card (a page opened by hand).
 */
export function readReservedCard(search: string, cards: readonly Card[]): Card | null {
  const reserved = new URLSearchParams(search).get('card') ?? '';
  if (!reserved.startsWith('{')) return findCard(cards, reserved);
  try {
    const own = sanitizeOwnCard(JSON.parse(reserved), '');
    return own?.id ? toDeckCard(own) : null;
  } catch {
    return null;
  }
}

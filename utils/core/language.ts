/** The languages Moedpauze speaks. Dutch is the source. */
export type Language = 'nl' | 'en';

/** The user's choice: follow the browser, or one language. */
export type LanguagePreference = 'auto' | Language;

/**
 * The chosen language, or with 'auto' the browser's: Dutch for any Dutch locale (nl, nl-NL,
 * nl-BE), English for everything else.
 */
export function resolveLanguage(
  uiLanguage: string,
  preference: LanguagePreference = 'auto',
): Language {
  if (preference !== 'auto') return preference;
  return /^nl(?:[-_]|$)/i.test(uiLanguage.trim()) ? 'nl' : 'en';
}

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

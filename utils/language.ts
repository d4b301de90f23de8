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

/** The popup page that carries this language in its own scripts, marked as chosen for it. */
export function getPopupPath(language: Language): string {
  return language === 'nl' ? '/popup.html?lang=nl' : '/popup-en.html?lang=en';
}

/** The language a page's address names (`?lang=nl`), or null when it names none. */
export function readLanguageHint(search: string): Language | null {
  const hint = new URLSearchParams(search).get('lang');
  return hint === 'nl' || hint === 'en' ? hint : null;
}

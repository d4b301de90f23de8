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

/** The languages Moedpauze speaks. Dutch is the source. */
export type Language = 'nl' | 'en';

/** Dutch for any Dutch locale (nl, nl-NL, nl-BE), English for everything else. */
export function resolveLanguage(uiLanguage: string): Language {
  return /^nl(?:[-_]|$)/i.test(uiLanguage.trim()) ? 'nl' : 'en';
}

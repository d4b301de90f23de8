import { describe, expect, it } from 'vitest';
import {
  getPopupPath,
  readLanguageHint,
  readReservedCardId,
  resolveLanguage,
} from '@/utils/core/language';

describe('resolveLanguage', () => {
  it.each([
    ['nl', 'nl'],
    ['nl-NL', 'nl'],
    ['nl-BE', 'nl'],
    ['nl_NL', 'nl'],
    ['NL', 'nl'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['de', 'en'],
    ['fr-BE', 'en'],
    ['nds', 'en'],
    ['', 'en'],
  ])('%j speaks %s', (uiLanguage, language) => {
    expect(resolveLanguage(uiLanguage)).toBe(language);
  });
});

describe('resolveLanguage with a chosen language', () => {
  it.each([
    ['en-US', 'nl', 'nl'],
    ['nl-NL', 'en', 'en'],
    ['nl-NL', 'auto', 'nl'],
    ['de', 'auto', 'en'],
  ] as const)('browser %s, chosen %s: speaks %s', (uiLanguage, preference, language) => {
    expect(resolveLanguage(uiLanguage, preference)).toBe(language);
  });
});

describe('the popup address carries its language', () => {
  it.each(['nl', 'en'] as const)('%s round-trips through the address', (language) => {
    const path = getPopupPath(language);
    expect(readLanguageHint(new URL(path, 'chrome-extension://id').search)).toBe(language);
  });

  it.each(['', '?lang=fr', '?lang=', '?other=nl', '?lang=NL'])('%j names no language', (search) => {
    expect(readLanguageHint(search)).toBeNull();
  });
});

describe('the popup address carries the reserved card', () => {
  it('round-trips a card id', () => {
    const url = new URL(getPopupPath('en', 'reframe-i-seem-weak'), 'chrome-extension://id');
    expect(url.pathname).toBe('/popup-en.html');
    expect(readReservedCardId(url.search)).toBe('reframe-i-seem-weak');
    expect(readLanguageHint(url.search)).toBe('en');
  });

  it.each(['', '?lang=nl', '?card='])('%j reserves no card', (search) => {
    expect(readReservedCardId(search)).toBeNull();
  });
});

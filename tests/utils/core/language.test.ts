import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '@/utils/core/language';

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

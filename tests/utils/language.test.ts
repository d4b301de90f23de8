import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '@/utils/language';

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

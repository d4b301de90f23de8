import { describe, expect, it } from 'vitest';
import { getPopupPath, readLanguageHint, readReservedCardId } from '@/utils/core/addresses';

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

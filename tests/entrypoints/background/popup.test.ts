import { describe, expect, it, vi } from 'vitest';
import { applyPopupLanguage } from '@/entrypoints/background/popup';
import type { LanguagePreference } from '@/utils/language';
import { DEFAULT_PREFERENCES } from '@/utils/preferences';

describe('applyPopupLanguage', () => {
  it.each<[string, LanguagePreference, string]>([
    ['nl-NL', 'auto', '/popup.html?lang=nl'],
    ['de-DE', 'auto', '/popup-en.html?lang=en'],
    ['nl-BE', 'en', '/popup-en.html?lang=en'],
    ['en-US', 'nl', '/popup.html?lang=nl'],
  ])('browser %s, chosen %s → %s', async (uiLanguage, language, popup) => {
    const setPopup = vi.fn(async () => {});
    await applyPopupLanguage({
      action: { setPopup },
      getUiLanguage: () => uiLanguage,
      load: async () => ({ preferences: { ...DEFAULT_PREFERENCES, language }, repairedFields: [] }),
    });
    expect(setPopup).toHaveBeenCalledWith({ popup });
  });
});

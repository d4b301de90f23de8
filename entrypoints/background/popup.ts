import { browser } from 'wxt/browser';
import { getPopupPath, resolveLanguage } from '@/utils/language';
import { loadPreferences } from '@/utils/preferences-store';

export interface PopupDeps {
  action: Pick<typeof browser.action, 'setPopup'>;
  getUiLanguage: () => string;
  load: typeof loadPreferences;
}

const defaultDeps = (): PopupDeps => ({
  action: browser.action,
  getUiLanguage: () => browser.i18n.getUILanguage(),
  load: loadPreferences,
});

/**
 * Points the toolbar button at the popup in the user's language (`popup.html?lang=nl`), so the
 * popup fetches its one language at once, side by side with its stored state, instead of after it.
 */
export async function applyPopupLanguage(deps: PopupDeps = defaultDeps()): Promise<void> {
  const { preferences } = await deps.load();
  const language = resolveLanguage(deps.getUiLanguage(), preferences.language);
  await deps.action.setPopup({ popup: getPopupPath(language) });
}

import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadHiddenCardIds, unhideCard } from '@/utils/deck-store';
import { resolveLanguage } from '@/utils/language';
import { loadLocale } from '@/utils/locale';
import { sendMessage } from '@/utils/messages';
import { listChangedFields, type Preferences } from '@/utils/preferences';
import { loadPreferences, savePreferences } from '@/utils/preferences-store';
import { App } from './App';
import { loadPauseShortcut } from './shortcut';

const root = document.getElementById('app') as HTMLElement;
const [loaded, hiddenCardIds, shortcut] = await Promise.all([
  loadPreferences(),
  loadHiddenCardIds(),
  loadPauseShortcut(),
]);
/** What the store holds now: each save is compared with it, so the background hears exactly what changed. */
let saved = loaded.preferences;

/** Saves, tells the background what changed, and speaks a newly chosen language at once. */
async function save(next: Preferences) {
  await savePreferences(next);
  const changedFields = listChangedFields(saved, next);
  saved = next;
  await sendMessage({ type: 'preferences-changed', changedFields });
  if (changedFields.includes('language')) await renderIn(next);
}

/** Renders the page in the language the preferences ask for. */
async function renderIn(preferences: Preferences) {
  const locale = await loadLocale(
    resolveLanguage(browser.i18n.getUILanguage(), preferences.language),
  );
  document.documentElement.lang = locale.language;
  document.title = locale.messages.optionsTitle;
  render(
    <App
      locale={locale}
      initialPreferences={preferences}
      initialHiddenCardIds={hiddenCardIds}
      hasRepairedData={loaded.repairedFields.length > 0}
      shortcut={shortcut}
      onSave={save}
      onRestoreCard={unhideCard}
    />,
    root,
  );
}

await renderIn(saved);

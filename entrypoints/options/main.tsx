import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadHiddenCardIds, unhideCard } from '@/utils/deck-store';
import { resolveLanguage } from '@/utils/language';
import { loadLocale } from '@/utils/locale';
import { sendMessage } from '@/utils/messages';
import type { Preferences } from '@/utils/preferences';
import { loadPreferences, savePreferences } from '@/utils/preferences-store';
import { App } from './App';

const root = document.getElementById('app') as HTMLElement;
const [loaded, hiddenCardIds] = await Promise.all([loadPreferences(), loadHiddenCardIds()]);

/** Renders the page in the language the preferences ask for (again after a change: at once). */
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
      onSave={async (next) => {
        await savePreferences(next);
        // Only the interval moves the next pause; a new language must not push it back.
        if (next.intervalMinutes !== preferences.intervalMinutes) {
          await sendMessage({ type: 'preferences-changed' });
        }
        if (next.language !== preferences.language) await renderIn(next);
      }}
      onRestoreCard={unhideCard}
    />,
    root,
  );
}

await renderIn(loaded.preferences);

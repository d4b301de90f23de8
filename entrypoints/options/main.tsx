import { render } from 'preact';
import { browser } from 'wxt/browser';
import { resolveLanguage } from '@/utils/language';
import { loadLocale } from '@/utils/locale';
import { sendMessage } from '@/utils/messages';
import { loadPreferences, savePreferences } from '@/utils/preferences-store';
import { App } from './App';

const [locale, loaded] = await Promise.all([
  loadLocale(resolveLanguage(browser.i18n.getUILanguage())),
  loadPreferences(),
]);
document.documentElement.lang = locale.language;
document.title = locale.messages.optionsTitle;

render(
  <App
    messages={locale.messages}
    initialPreferences={loaded.preferences}
    hasRepairedData={loaded.repairedFields.length > 0}
    onSave={async (preferences) => {
      await savePreferences(preferences);
      await sendMessage({ type: 'preferences-changed' });
    }}
  />,
  document.getElementById('app') as HTMLElement,
);

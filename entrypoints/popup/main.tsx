import { render } from 'preact';
import { browser } from 'wxt/browser';
import { resolveLanguage } from '@/utils/language';
import { loadLocale } from '@/utils/locale';
import { App } from './App';

const locale = await loadLocale(resolveLanguage(browser.i18n.getUILanguage()));
document.documentElement.lang = locale.language;

render(
  <App
    locale={locale}
    random={Math.random}
    settingsUrl={browser.runtime.getURL('/options.html')}
    onOpenSettings={() => {
      void browser.runtime.openOptionsPage().then(() => window.close());
    }}
  />,
  document.getElementById('app') as HTMLElement,
);

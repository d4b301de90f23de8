import { render } from 'preact';
import { browser } from 'wxt/browser';
import { drawNextCard, hideCard, unhideCard } from '@/utils/deck-store';
import { resolveLanguage } from '@/utils/language';
import { loadLocale } from '@/utils/locale';
import { loadPreferences } from '@/utils/preferences-store';
import { App } from './App';

const { preferences } = await loadPreferences();
const { language, messages, cards } = await loadLocale(
  resolveLanguage(browser.i18n.getUILanguage(), preferences.language),
);
document.documentElement.lang = language;
const drawNext = () => drawNextCard(cards, preferences.enabledKinds, Math.random);

render(
  <App
    messages={messages}
    initialCard={await drawNext()}
    drawNext={drawNext}
    hide={(card) => hideCard(card.id)}
    unhide={(card) => unhideCard(card.id)}
    settingsUrl={browser.runtime.getURL('/options.html')}
    onOpenSettings={() => {
      void browser.runtime.openOptionsPage().then(() => window.close());
    }}
  />,
  document.getElementById('app') as HTMLElement,
);

import { render } from 'preact';
import { browser } from 'wxt/browser';
import { parseExport } from '@/utils/core/export-checks';
import { exportFileName, serializeExport } from '@/utils/core/export-file';
import { resolveLanguage } from '@/utils/core/language';
import { announceChange, listenForChanges } from '@/utils/glue/changes';
import { loadLocale } from '@/utils/glue/locale';
import { sendMessage } from '@/utils/glue/messages';
import { loadHiddenCardIds, unhideCard } from '@/utils/store/deck-store';
import { loadIntentions } from '@/utils/store/intentions-store';
import { deleteOwnCard, loadOwnCards, saveOwnCard } from '@/utils/store/own-cards-store';
import { loadPauseLog } from '@/utils/store/pause-log-store';
import { loadPreferences, updatePreferences } from '@/utils/store/preferences-store';
import {
  deleteAllData,
  importUserData,
  loadUserData,
  resetPreferences,
} from '@/utils/store/user-data-store';
import { App } from './App';
import type { DataActions } from './DataSection';
import { createSettingsPage, type SettingsPage } from './settings-page';
import { loadPauseShortcut } from './shortcut';

/** Saves `text` as a file the person downloads; resolves to its name. */
function download(fileName: string, text: string): string {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = fileName;
  link.click();
  // The download has its own copy of the file once it started.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  return fileName;
}

/** What the data section does, on this page's store. */
function dataActionsOf(page: SettingsPage): DataActions {
  return {
    async exportData() {
      const now = new Date();
      return download(exportFileName(now), serializeExport(await page.loadUserData(), now));
    },
    checkImport: parseExport,
    importData: page.importData,
    resetPreferences: page.resetPreferences,
    deleteAll: page.deleteAll,
  };
}

/** Starts the settings page in `root`, in the language the preferences ask for. */
export async function startSettingsPage(root: HTMLElement): Promise<void> {
  const shortcut = await loadPauseShortcut();
  const page: SettingsPage = createSettingsPage({
    loadPreferences: () => loadPreferences(),
    loadHiddenCardIds: () => loadHiddenCardIds(),
    loadPauseLog: () => loadPauseLog(),
    updatePreferences: (change) => updatePreferences(change),
    unhideCard: (cardId) => unhideCard(cardId),
    loadOwnCards: () => loadOwnCards(),
    loadIntentions: () => loadIntentions(),
    saveOwnCard: (draft, articleCards) => saveOwnCard(draft, articleCards, Date.now()),
    deleteOwnCard: (card) => deleteOwnCard(card),
    loadUserData: () => loadUserData(),
    importUserData: (bytes) => importUserData(bytes),
    resetPreferences: () => resetPreferences(),
    deleteAllData: () => deleteAllData(),
    // Stored already: if no worker answers even a second time, the background still finds the
    // change when it next wakes, and plans again then.
    tellBackground: (changedFields) =>
      void sendMessage({ type: 'preferences-changed', changedFields }).catch(() => undefined),
    // The card reserved for the popup's next opening may be one just changed or deleted: the
    // background draws it again if need be. Stored already: failing to tell it is no failure.
    tellDeckChanged: () => void sendMessage({ type: 'deck-changed' }).catch(() => undefined),
    announceChange,
    async render({ data, notice, generation }) {
      const language = resolveLanguage(browser.i18n.getUILanguage(), data.preferences.language);
      const locale = await loadLocale(language);
      document.documentElement.lang = locale.language;
      document.title = locale.messages.optionsTitle;
      render(
        <App
          key={generation}
          locale={locale}
          initialPreferences={data.preferences}
          initialHiddenCardIds={data.hiddenCardIds}
          hasRepairedData={data.hasRepairedData}
          shortcut={shortcut}
          onSave={page.save}
          onRestoreCard={page.restoreCard}
          ownCards={data.ownCards}
          onSaveOwnCard={page.saveOwnCard}
          onDeleteOwnCard={page.deleteOwnCard}
          dataSummary={data.summary}
          dataActions={actions}
          dataNotice={notice}
          version={browser.runtime.getManifest().version}
        />,
        root,
      );
    },
  });
  const actions = dataActionsOf(page);
  await page.start();
  // What another page stores (settings in another tab, a card hidden in the popup, a pause taken,
  // an own card written in another tab) shows here at once.
  listenForChanges((change) => void page.showChange(change));
}

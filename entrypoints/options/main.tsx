import { render } from 'preact';
import { browser } from 'wxt/browser';
import { parseExport } from '@/utils/core/export-checks';
import { exportFileName, serializeExport } from '@/utils/core/export-file';
import { resolveLanguage } from '@/utils/core/language';
import { hasNote } from '@/utils/core/pause-log';
import { DEFAULT_PREFERENCES, listChangedFields, type Preferences } from '@/utils/core/preferences';
import { announceChange, listenForChanges } from '@/utils/glue/changes';
import { loadLocale } from '@/utils/glue/locale';
import { sendMessage } from '@/utils/glue/messages';
import { loadHiddenCardIds, unhideCard } from '@/utils/store/deck-store';
import { loadPauseLog } from '@/utils/store/pause-log-store';
import { loadPreferences, updatePreferences } from '@/utils/store/preferences-store';
import {
  deleteAllData,
  importUserData,
  loadUserData,
  resetPreferences,
} from '@/utils/store/user-data-store';
import { App } from './App';
import type { DataActions, DataNotice, DataSummary } from './DataSection';
import { loadPauseShortcut } from './shortcut';

const root = document.getElementById('app') as HTMLElement;
const shortcutPromise = loadPauseShortcut();

/** What the page shows: read from the store at the start, and again after an import or a delete. */
interface PageData {
  preferences: Preferences;
  hiddenCardIds: string[];
  hasRepairedData: boolean;
  summary: DataSummary;
}

async function loadPageData(): Promise<PageData> {
  const [loaded, hiddenCardIds, pauseLog] = await Promise.all([
    loadPreferences(),
    loadHiddenCardIds(),
    loadPauseLog(),
  ]);
  return {
    preferences: loaded.preferences,
    hiddenCardIds,
    hasRepairedData: loaded.repairedFields.length > 0,
    summary: {
      pauses: pauseLog.length,
      notes: pauseLog.filter(hasNote).length,
      hiddenCards: hiddenCardIds.length,
    },
  };
}

let page = await loadPageData();
const shortcut = await shortcutPromise;
/** The preferences as this page last knew them stored: a save writes what differs from them. */
let saved = page.preferences;
/** A new page of settings after an import, a delete or a change elsewhere: drafts start anew. */
let generation = 0;

/**
 * Tells the background what changed, so the next pause is planned from the new preferences. The
 * change is stored already: if no worker answers even a second time, the background still finds
 * it when it next wakes, and plans again then.
 */
function tellBackground(changedFields: (keyof Preferences)[]) {
  sendMessage({ type: 'preferences-changed', changedFields }).catch(() => undefined);
}

/**
 * Saves what the person changed here, and only that: a field another page changed meanwhile
 * keeps its new value. Resolves once the change has landed (or rejects: the page says it was
 * not saved). Then tells the background and the other pages, and speaks a newly chosen language.
 */
async function save(next: Preferences) {
  const fields = listChangedFields(saved, next);
  if (fields.length === 0) return;
  const change = Object.fromEntries(fields.map((field) => [field, next[field]]));
  const stored = await updatePreferences(change);
  const languageChanged = stored.preferences.language !== saved.language;
  saved = stored.preferences;
  announceChange('preferences');
  tellBackground(stored.changedFields);
  if (languageChanged) await renderPage(null);
}

/** After a change to the whole store: read it again, tell the background, show the result. */
async function reload(notice: DataNotice, changedFields: (keyof Preferences)[]) {
  await showStored(true);
  await renderPage(notice);
  announceChange('everything');
  tellBackground(changedFields);
}

/**
 * Reads what is stored again, for the page to show. `isFresh`: the fields show the stored values
 * anew; without (only the history changed), what is being typed stays.
 */
async function showStored(isFresh: boolean) {
  page = await loadPageData();
  saved = page.preferences;
  if (isFresh) generation++;
}

const dataActions: DataActions = {
  async exportData() {
    const now = new Date();
    const fileName = exportFileName(now);
    const file = new Blob([serializeExport(await loadUserData(), now)], {
      type: 'application/json',
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(file);
    link.download = fileName;
    link.click();
    // The download has its own copy of the file once it started.
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    return fileName;
  },
  checkImport: parseExport,
  async importData(bytes) {
    const before = saved;
    const result = await importUserData(bytes);
    if (result.isValid) {
      await reload('imported', listChangedFields(before, result.data.preferences));
    }
    return result;
  },
  async resetPreferences() {
    const before = saved;
    await resetPreferences();
    await reload('reset', listChangedFields(before, DEFAULT_PREFERENCES));
  },
  async deleteAll() {
    await deleteAllData();
    // Everything starts again, the pause state too: the background plans as after an install.
    await reload('deleted', Object.keys(DEFAULT_PREFERENCES) as (keyof Preferences)[]);
  },
};

/** Renders the page in the language the preferences ask for. */
async function renderPage(dataNotice: DataNotice | null) {
  const locale = await loadLocale(resolveLanguage(browser.i18n.getUILanguage(), saved.language));
  document.documentElement.lang = locale.language;
  document.title = locale.messages.optionsTitle;
  render(
    <App
      key={generation}
      locale={locale}
      initialPreferences={saved}
      initialHiddenCardIds={page.hiddenCardIds}
      hasRepairedData={page.hasRepairedData}
      shortcut={shortcut}
      onSave={save}
      onRestoreCard={async (cardId) => {
        await unhideCard(cardId);
        announceChange('hidden-cards');
      }}
      dataSummary={page.summary}
      dataActions={dataActions}
      dataNotice={dataNotice}
      version={browser.runtime.getManifest().version}
    />,
    root,
  );
}

await renderPage(null);
// What another page stores (settings in another tab, a card hidden in the popup, a pause taken)
// shows here at once.
listenForChanges(async (change) => {
  await showStored(change !== 'history');
  await renderPage(null);
});

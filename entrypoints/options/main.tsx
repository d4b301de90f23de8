import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadHiddenCardIds, unhideCard } from '@/utils/deck-store';
import { resolveLanguage } from '@/utils/language';
import { loadLocale } from '@/utils/locale';
import { sendMessage } from '@/utils/messages';
import { hasNote, loadPauseLog } from '@/utils/pause-log';
import { DEFAULT_PREFERENCES, listChangedFields, type Preferences } from '@/utils/preferences';
import { loadPreferences, savePreferences } from '@/utils/preferences-store';
import {
  deleteAllData,
  exportFileName,
  importUserData,
  loadUserData,
  parseExport,
  resetPreferences,
  serializeExport,
} from '@/utils/user-data';
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
/** What the store holds now: each save is compared with it, so the background hears exactly what changed. */
let saved = page.preferences;
/** A new page of settings after an import or a delete: the fields forget their old drafts. */
let generation = 0;

/** Tells the background what changed, so the next pause is planned from the new preferences. */
async function announce(next: Preferences, changedFields = listChangedFields(saved, next)) {
  saved = next;
  await sendMessage({ type: 'preferences-changed', changedFields });
}

/** Saves, tells the background what changed, and speaks a newly chosen language at once. */
async function save(next: Preferences) {
  await savePreferences(next);
  const languageChanged = next.language !== saved.language;
  await announce(next);
  if (languageChanged) await renderPage(null);
}

/** After a change to the whole store: read it again, tell the background, show the result. */
async function reload(notice: DataNotice, changedFields?: (keyof Preferences)[]) {
  page = await loadPageData();
  generation++;
  await announce(page.preferences, changedFields);
  await renderPage(notice);
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
    const result = await importUserData(bytes);
    if (result.isValid) await reload('imported');
    return result;
  },
  async resetPreferences() {
    await resetPreferences();
    await reload('reset');
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
      onRestoreCard={unhideCard}
      dataSummary={page.summary}
      dataActions={dataActions}
      dataNotice={dataNotice}
      version={browser.runtime.getManifest().version}
    />,
    root,
  );
}

await renderPage(null);

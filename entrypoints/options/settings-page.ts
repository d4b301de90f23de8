import type { ParsedImport, UserData } from '@/utils/core/export-file';
import type { OwnCard } from '@/utils/core/own-cards';
import { hasNote } from '@/utils/core/pause-log';
import type { PauseLogEntry } from '@/utils/core/pause-model';
import type { SanitizedPreferences } from '@/utils/core/preference-checks';
import { DEFAULT_PREFERENCES, listChangedFields, type Preferences } from '@/utils/core/preferences';
import type { StoreChange } from '@/utils/glue/changes';
import type { PreferencesUpdate } from '@/utils/store/preferences-store';
import type { DataNotice, DataSummary } from './DataSection';

/** What the settings page shows: read from the store at the start, and again after changes. */
export interface PageData {
  preferences: Preferences;
  hiddenCardIds: string[];
  ownCards: OwnCard[];
  hasRepairedData: boolean;
  summary: DataSummary;
}

/** What the page shows now: its data, its notice, and which page of fields (drafts start anew). */
export interface SettingsView {
  data: PageData;
  notice: DataNotice | null;
  generation: number;
}

/** The store and the browser, as the settings page uses them (tests pass their own). */
export interface SettingsPageDeps {
  loadPreferences: () => Promise<SanitizedPreferences>;
  loadHiddenCardIds: () => Promise<string[]>;
  loadPauseLog: () => Promise<PauseLogEntry[]>;
  updatePreferences: (change: Partial<Preferences>) => Promise<PreferencesUpdate>;
  unhideCard: (cardId: string) => Promise<void>;
  loadOwnCards: () => Promise<OwnCard[]>;
  loadUserData: () => Promise<UserData>;
  importUserData: (bytes: Uint8Array) => Promise<ParsedImport>;
  resetPreferences: () => Promise<unknown>;
  deleteAllData: () => Promise<void>;
  /** Tells the background what changed (the change is stored already: failing is no failure). */
  tellBackground: (changedFields: (keyof Preferences)[]) => void;
  /** Tells the other open pages what changed. */
  announceChange: (change: StoreChange) => void;
  /** Shows the page for this view. */
  render: (view: SettingsView) => Promise<void>;
}

/**
 * The settings page's load-and-save logic: what it holds, and what saving, restoring a card,
 * importing, resetting and deleting do to the store, the background and the other pages.
 */
export function createSettingsPage(deps: SettingsPageDeps) {
  let data: PageData | undefined;
  let generation = 0;
  const current = () => {
    if (!data) throw new Error('The settings page has not loaded yet');
    return data;
  };

  /** Reads what is stored; `isFresh`: the fields show it anew (else what is typed stays). */
  async function readStored(isFresh: boolean) {
    const [loaded, hiddenCardIds, ownCards, pauseLog] = await Promise.all([
      deps.loadPreferences(),
      deps.loadHiddenCardIds(),
      deps.loadOwnCards(),
      deps.loadPauseLog(),
    ]);
    data = {
      preferences: loaded.preferences,
      hiddenCardIds,
      ownCards,
      hasRepairedData: loaded.repairedFields.length > 0,
      summary: {
        pauses: pauseLog.length,
        notes: pauseLog.filter(hasNote).length,
        hiddenCards: hiddenCardIds.length,
        ownCards: ownCards.length,
      },
    };
    if (isFresh) generation++;
  }

  const show = (notice: DataNotice | null) => deps.render({ data: current(), notice, generation });

  /** After a change to the whole store: read it again, show it, tell the background and pages. */
  async function reload(notice: DataNotice, changedFields: (keyof Preferences)[]) {
    await readStored(true);
    await show(notice);
    deps.announceChange('everything');
    deps.tellBackground(changedFields);
  }

  return {
    /** Reads the store and shows the page. */
    async start() {
      await readStored(false);
      await show(null);
    },

    /**
     * Saves what the person changed here, and only that: a field another page changed meanwhile
     * keeps its new value. Resolves once the change has landed (or rejects: the page says it was
     * not saved). Then tells the background and the other pages; a new language shows at once.
     */
    async save(next: Preferences) {
      const saved = current().preferences;
      const fields = listChangedFields(saved, next);
      if (fields.length === 0) return;
      const change = Object.fromEntries(fields.map((field) => [field, next[field]]));
      const stored = await deps.updatePreferences(change);
      data = { ...current(), preferences: stored.preferences };
      deps.announceChange('preferences');
      deps.tellBackground(stored.changedFields);
      if (stored.preferences.language !== saved.language) await show(null);
    },

    async restoreCard(cardId: string) {
      await deps.unhideCard(cardId);
      deps.announceChange('hidden-cards');
    },

    /** Another page stored something: show it. */
    async showChange(change: StoreChange) {
      await readStored(change !== 'history');
      await show(null);
    },

    loadUserData: deps.loadUserData,

    async importData(bytes: Uint8Array): Promise<ParsedImport> {
      const before = current().preferences;
      const result = await deps.importUserData(bytes);
      if (result.isValid) {
        await reload('imported', listChangedFields(before, result.data.preferences));
      }
      return result;
    },

    async resetPreferences() {
      const before = current().preferences;
      await deps.resetPreferences();
      await reload('reset', listChangedFields(before, DEFAULT_PREFERENCES));
    },

    async deleteAll() {
      await deps.deleteAllData();
      // Everything starts again, the pause state too: the background plans as after an install.
      await reload('deleted', Object.keys(DEFAULT_PREFERENCES) as (keyof Preferences)[]);
    },
  };
}

export type SettingsPage = ReturnType<typeof createSettingsPage>;

import type { Card } from '@/utils/core/card';
import { type ChangeResult, isRefusal } from '@/utils/core/edit';
import type { ParsedImport } from '@/utils/core/export-file';
import type { OwnCard } from '@/utils/core/own-cards';
import { hasNote } from '@/utils/core/pause-log';
import { DEFAULT_PREFERENCES, listChangedFields, type Preferences } from '@/utils/core/preferences';
import type { StoreChange } from '@/utils/glue/changes';
import type { OwnCardDraft, OwnCardRefusal } from '@/utils/store/own-cards-store';
import type { DataNotice } from './DataSection';
import type { OwnCardChange, PageData, SettingsPageDeps } from './settings-types';

export type { OwnCardChange, PageData, SettingsPageDeps, SettingsView } from './settings-types';
export type { OwnCardDraft };

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
    const [loaded, hiddenCardIds, ownCards, pauseLog, intentions] = await Promise.all([
      deps.loadPreferences(),
      deps.loadHiddenCardIds(),
      deps.loadOwnCards(),
      deps.loadPauseLog(),
      deps.loadIntentions(),
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
        steps: intentions.length,
      },
    };
    if (isFresh) generation++;
  }

  /**
   * Reads the own cards again after a change to them here: what this page stored, or found
   * deleted or added by another page meanwhile. The page shows the list it is given.
   */
  async function readOwnCards(): Promise<OwnCard[]> {
    const ownCards = await deps.loadOwnCards();
    const { summary } = current();
    data = { ...current(), ownCards, summary: { ...summary, ownCards: ownCards.length } };
    return ownCards;
  }

  /** After an own card was stored or deleted: the other pages and the background hear of it. */
  function tellOwnCardsChanged() {
    deps.announceChange('own-cards');
    deps.tellDeckChanged();
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

    /**
     * Saves an own card as typed (checked again against what is stored). Resolves to the card
     * stored or why it was not, with the own cards as they are now.
     */
    async saveOwnCard(
      draft: OwnCardDraft,
      articleCards: readonly Card[],
    ): Promise<OwnCardChange<OwnCard | OwnCardRefusal>> {
      const result = await deps.saveOwnCard(draft, articleCards);
      if (!('isValid' in result) && !('refused' in result)) tellOwnCardsChanged();
      return { result, ownCards: await readOwnCards() };
    },

    /**
     * Deletes an own card as this page shows it; one changed in another tab meanwhile is not
     * deleted, and the list shows it as it is now.
     */
    async deleteOwnCard(card: OwnCard): Promise<OwnCardChange<ChangeResult<OwnCard, null>>> {
      const result = await deps.deleteOwnCard(card);
      if (!isRefusal(result)) tellOwnCardsChanged();
      return { result, ownCards: await readOwnCards() };
    },

    /**
     * Another page stored something: show it, without showing the page anew, so nothing typed
     * here is lost: each field and the own card being written keep their words, and say what
     * was stored there where it differs (use-settings-form.ts, OwnCardEditor.tsx).
     */
    async showChange(_change: StoreChange) {
      await readStored(false);
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

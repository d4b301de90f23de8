import type { Card } from '@/utils/core/card';
import type { ChangeResult } from '@/utils/core/edit';
import type { ParsedImport, UserData } from '@/utils/core/export-file';
import type { Intention } from '@/utils/core/intentions';
import type { OwnCard } from '@/utils/core/own-cards';
import type { PauseLogEntry } from '@/utils/core/pause-model';
import type { SanitizedPreferences } from '@/utils/core/preference-checks';
import type { Preferences } from '@/utils/core/preferences';
import type { StoreChange } from '@/utils/glue/changes';
import type { OwnCardDraft, OwnCardRefusal } from '@/utils/store/own-cards-store';
import type { PreferencesUpdate } from '@/utils/store/preferences-store';
import type { DataNotice, DataSummary } from './DataSection';

// What the settings page holds and what it draws on (settings-page.ts is its logic).

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

/** What a change to the own cards came to, and the own cards as stored after it. */
export interface OwnCardChange<T> {
  result: T;
  ownCards: OwnCard[];
}

/** The store and the browser, as the settings page uses them (tests pass their own). */
export interface SettingsPageDeps {
  loadPreferences: () => Promise<SanitizedPreferences>;
  loadHiddenCardIds: () => Promise<string[]>;
  loadPauseLog: () => Promise<PauseLogEntry[]>;
  /** The small steps, for the data summary's count. */
  loadIntentions: () => Promise<Intention[]>;
  updatePreferences: (change: Partial<Preferences>) => Promise<PreferencesUpdate>;
  unhideCard: (cardId: string) => Promise<void>;
  loadOwnCards: () => Promise<OwnCard[]>;
  /** Stores an own card, checked against `articleCards` and the stored own cards, or says why not. */
  saveOwnCard: (
    draft: OwnCardDraft,
    articleCards: readonly Card[],
  ) => Promise<OwnCard | OwnCardRefusal>;
  /** Deletes an own card; resolves to 'gone' when there was none. */
  deleteOwnCard: (base: OwnCard) => Promise<ChangeResult<OwnCard, null>>;
  loadUserData: () => Promise<UserData>;
  importUserData: (bytes: Uint8Array) => Promise<ParsedImport>;
  resetPreferences: () => Promise<unknown>;
  deleteAllData: () => Promise<void>;
  /** Tells the background what changed (the change is stored already: failing is no failure). */
  tellBackground: (changedFields: (keyof Preferences)[]) => void;
  /** Tells the background the deck changed, so the card it keeps for the popup is still one. */
  tellDeckChanged: () => void;
  /** Tells the other open pages what changed. */
  announceChange: (change: StoreChange) => void;
  /** Shows the page for this view. */
  render: (view: SettingsView) => Promise<void>;
}

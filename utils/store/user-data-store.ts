import type { UseStore } from 'idb-keyval';
import { parseExport } from '@/utils/core/export-checks';
import {
  checkIntentionsRoom,
  checkOwnCardsRoom,
  checkRoom,
  mergeIntentions,
  mergeLogs,
  mergeOwnCards,
  type ParsedImport,
  type UserData,
} from '@/utils/core/export-file';
import { DEFAULT_PREFERENCES, type Preferences } from '@/utils/core/preferences';
import { getDatabase, putRecord, requestRecord, runTransaction } from './database';
import { bagRecord, hiddenCardsRecord } from './deck-store';
import { intentionsRecord } from './intentions-store';
import { ownCardsRecord } from './own-cards-store';
import { pauseLogRecord } from './pause-log-store';
import { pauseStateRecord } from './pause-state-store';
import { preferencesRecord, savePreferences } from './preferences-store';

// Everything the user owns, read, imported and deleted as a whole: each record through its owner,
// all of them in one transaction.

/** Everything the user owns, read in one transaction. */
export function loadUserData(store: UseStore = getDatabase()): Promise<UserData> {
  return runTransaction(
    'readonly',
    (objectStore) => {
      const readPreferences = requestRecord(objectStore, preferencesRecord);
      const readHidden = requestRecord(objectStore, hiddenCardsRecord);
      const readLog = requestRecord(objectStore, pauseLogRecord);
      const readIntentions = requestRecord(objectStore, intentionsRecord);
      const readOwnCards = requestRecord(objectStore, ownCardsRecord);
      return () => ({
        preferences: readPreferences().preferences,
        hiddenCardIds: readHidden(),
        pauseLog: readLog(),
        intentions: readIntentions(),
        ownCards: readOwnCards(),
      });
    },
    store,
  );
}

/**
 * Imports a file: checks all of it first, and only a wholly valid file is written, in one
 * transaction. Its preferences and hidden cards replace these; its history, its small steps and
 * its own cards join these, so nothing written here since the export is lost. Returns what the store holds
 * afterwards.
 */
export async function importUserData(
  bytes: Uint8Array,
  store: UseStore = getDatabase(),
): Promise<ParsedImport> {
  const parsed = parseExport(bytes);
  if (!parsed.isValid) return parsed;
  const { data } = parsed;
  return runTransaction(
    'readwrite',
    (objectStore): (() => ParsedImport) => {
      let result: ParsedImport = { isValid: false, problems: [] };
      const readIntentions = requestRecord(objectStore, intentionsRecord);
      const readOwnCards = requestRecord(objectStore, ownCardsRecord);
      // Requests complete in order: the steps and own cards here are read when the history is.
      requestRecord(objectStore, pauseLogRecord, (here) => {
        const pauseLog = mergeLogs(here, data.pauseLog);
        const intentions = mergeIntentions(readIntentions(), data.intentions);
        const ownCards = mergeOwnCards(readOwnCards(), data.ownCards);
        const problem =
          checkRoom(pauseLog) ?? checkIntentionsRoom(intentions) ?? checkOwnCardsRoom(ownCards);
        if (problem) {
          result = { isValid: false, problems: [problem] };
          return;
        }
        putRecord(objectStore, preferencesRecord, data.preferences);
        putRecord(objectStore, hiddenCardsRecord, data.hiddenCardIds);
        putRecord(objectStore, pauseLogRecord, pauseLog);
        putRecord(objectStore, intentionsRecord, intentions);
        putRecord(objectStore, ownCardsRecord, ownCards);
        result = { isValid: true, data: { ...data, pauseLog, intentions, ownCards } };
      });
      return () => result;
    },
    store,
  );
}

/**
 * Deletes everything: preferences, hidden cards, history and notes, small steps, own cards, and
 * the working state.
 */
export function deleteAllData(store: UseStore = getDatabase()): Promise<void> {
  return runTransaction(
    'readwrite',
    (objectStore) => {
      const records = [
        preferencesRecord,
        hiddenCardsRecord,
        bagRecord,
        pauseStateRecord(0),
        pauseLogRecord,
        intentionsRecord,
        ownCardsRecord,
      ];
      for (const record of records) objectStore.delete(record.key);
      return () => undefined;
    },
    store,
  );
}

/** Puts every preference back to its default; hidden cards, history, steps and own cards stay. */
export async function resetPreferences(store: UseStore = getDatabase()): Promise<Preferences> {
  const preferences = structuredClone(DEFAULT_PREFERENCES) as Preferences;
  await savePreferences(preferences, store);
  return preferences;
}

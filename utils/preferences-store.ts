import { createStore, get, set, type UseStore } from 'idb-keyval';
import {
  isRecord,
  type Preferences,
  type SanitizedPreferences,
  sanitizePreferences,
} from './preferences';

/** The schema version of the stored preferences record. */
export const PREFERENCES_SCHEMA_VERSION = 1;

const PREFERENCES_KEY = 'preferences';

interface StoredPreferences {
  schemaVersion: number;
  preferences: Preferences;
}

let defaultStore: UseStore | undefined;

/** The preferences database, opened on first use (one database per store: idb-keyval's rule). */
export function getPreferencesStore(): UseStore {
  defaultStore ??= createStore('moedpauze-preferences', 'keyval');
  return defaultStore;
}

/** Loads the preferences; whatever is stored comes back valid, with the repaired fields named. */
export async function loadPreferences(
  store: UseStore = getPreferencesStore(),
): Promise<SanitizedPreferences> {
  const stored: unknown = await get(PREFERENCES_KEY, store);
  if (stored === undefined) return sanitizeFresh();
  const body = isRecord(stored) && 'preferences' in stored ? stored.preferences : stored;
  return sanitizePreferences(body);
}

/** Saves valid preferences under the current schema version. */
export async function savePreferences(
  preferences: Preferences,
  store: UseStore = getPreferencesStore(),
): Promise<void> {
  const record: StoredPreferences = {
    schemaVersion: PREFERENCES_SCHEMA_VERSION,
    preferences: sanitizePreferences(preferences).preferences,
  };
  await set(PREFERENCES_KEY, record, store);
}

/** Nothing stored yet is not a repair: the defaults are simply the start. */
function sanitizeFresh(): SanitizedPreferences {
  return { preferences: sanitizePreferences(undefined).preferences, repairedFields: [] };
}

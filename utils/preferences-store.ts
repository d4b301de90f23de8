import { get, set, type UseStore } from 'idb-keyval';
import { getDatabase } from './database';
import {
  isRecord,
  type Preferences,
  type SanitizedPreferences,
  sanitizePreferences,
} from './preferences';

/** The schema version of the stored preferences record. */
export const PREFERENCES_SCHEMA_VERSION = 1;

/** The key of the preferences record in the shared database. */
export const PREFERENCES_KEY = 'preferences';

interface StoredPreferences {
  schemaVersion: number;
  preferences: Preferences;
}

/** Loads the preferences; whatever is stored comes back valid, with the repaired fields named. */
export async function loadPreferences(
  store: UseStore = getDatabase(),
): Promise<SanitizedPreferences> {
  return readPreferencesRecord(await get(PREFERENCES_KEY, store));
}

/** Valid preferences from the stored record as it is (for readers of several records at once). */
export function readPreferencesRecord(stored: unknown): SanitizedPreferences {
  if (stored === undefined) return sanitizeFresh();
  const body = isRecord(stored) && 'preferences' in stored ? stored.preferences : stored;
  return sanitizePreferences(body);
}

/** Saves valid preferences under the current schema version. */
export async function savePreferences(
  preferences: Preferences,
  store: UseStore = getDatabase(),
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

import type { UseStore } from 'idb-keyval';
import { type SanitizedPreferences, sanitizePreferences } from '@/utils/core/preference-checks';
import { DEFAULT_PREFERENCES, listChangedFields, type Preferences } from '@/utils/core/preferences';
import { isRecord } from '@/utils/core/stored-values';
import {
  getDatabase,
  loadRecord,
  putRecord,
  requestRecord,
  runTransaction,
  type StoredRecord,
} from './database';

/** The schema version of the stored preferences record. */
export const PREFERENCES_SCHEMA_VERSION = 3;

/**
 * Brings a record of an older version up to the current one; each step takes one version to the
 * next. Fields a version did not have yet are added with their defaults: a migration, not a repair.
 */
const MIGRATIONS: Record<
  number,
  (preferences: Record<string, unknown>) => Record<string, unknown>
> = {
  // Version 2 added the timing of pauses: length, active days and hours, natural breaks, delivery.
  1: (preferences) => ({
    pauseSeconds: DEFAULT_PREFERENCES.pauseSeconds,
    activeDays: [...DEFAULT_PREFERENCES.activeDays],
    activeStartMinute: DEFAULT_PREFERENCES.activeStartMinute,
    activeEndMinute: DEFAULT_PREFERENCES.activeEndMinute,
    naturalBreakMinutes: DEFAULT_PREFERENCES.naturalBreakMinutes,
    deliveryMode: DEFAULT_PREFERENCES.deliveryMode,
    ...preferences,
  }),
  // Version 3 added the chime, off unless chosen.
  2: (preferences) => ({ soundEnabled: DEFAULT_PREFERENCES.soundEnabled, ...preferences }),
};

/** The key of the preferences record in the shared database. */
export const PREFERENCES_KEY = 'preferences';

interface StoredPreferences {
  schemaVersion: number;
  preferences: Preferences;
}

/** Valid preferences from the stored record as it is, with the repaired fields named. */
export function readPreferencesRecord(stored: unknown): SanitizedPreferences {
  if (stored === undefined) return sanitizeFresh();
  const body = isRecord(stored) && 'preferences' in stored ? stored.preferences : stored;
  return sanitizePreferences(migrate(body, isRecord(stored) ? stored.schemaVersion : undefined));
}

/** Runs the migrations from the stored version on; an unknown or future version is left as it is. */
function migrate(body: unknown, version: unknown): unknown {
  if (!isRecord(body) || typeof version !== 'number' || !Number.isInteger(version)) return body;
  let migrated = body;
  for (let step = version; step < PREFERENCES_SCHEMA_VERSION; step++) {
    const next = MIGRATIONS[step];
    if (!next) return body;
    migrated = next(migrated);
  }
  return migrated;
}

/** Nothing stored yet is not a repair: the defaults are simply the start. */
function sanitizeFresh(): SanitizedPreferences {
  return { preferences: sanitizePreferences(undefined).preferences, repairedFields: [] };
}

/** The record that stores these preferences, made valid, under the current schema version. */
export function toStoredPreferences(preferences: Preferences): StoredPreferences {
  return {
    schemaVersion: PREFERENCES_SCHEMA_VERSION,
    preferences: sanitizePreferences(preferences).preferences,
  };
}

/** The owner of the preferences: migrated and made valid when read, field by field. */
export const preferencesRecord: StoredRecord<SanitizedPreferences, Preferences> = {
  key: PREFERENCES_KEY,
  read: readPreferencesRecord,
  write: toStoredPreferences,
};

/** Loads the preferences; whatever is stored comes back valid, with the repaired fields named. */
export function loadPreferences(store: UseStore = getDatabase()): Promise<SanitizedPreferences> {
  return loadRecord(preferencesRecord, store);
}

/** Saves valid preferences under the current schema version, all of them. */
export function savePreferences(
  preferences: Preferences,
  store: UseStore = getDatabase(),
): Promise<void> {
  return runTransaction(
    'readwrite',
    (objectStore) => {
      putRecord(objectStore, preferencesRecord, preferences);
      return () => undefined;
    },
    store,
  );
}

/** What a change did: the preferences as stored now, and the fields whose values it changed. */
export interface PreferencesUpdate {
  preferences: Preferences;
  changedFields: (keyof Preferences)[];
}

/**
 * Changes the given fields and only those, reading and writing the record in one transaction:
 * what another page saved meanwhile stays. A value that is not valid is not stored (the field
 * keeps its stored value). Resolves once the change has landed.
 */
export function updatePreferences(
  change: Partial<Preferences>,
  store: UseStore = getDatabase(),
): Promise<PreferencesUpdate> {
  return runTransaction(
    'readwrite',
    (objectStore) => {
      let update: PreferencesUpdate | undefined;
      requestRecord(objectStore, preferencesRecord, ({ preferences: before }) => {
        const { preferences, repairedFields } = sanitizePreferences({ ...before, ...change });
        // A field the change made invalid keeps what was stored.
        for (const field of repairedFields) Object.assign(preferences, { [field]: before[field] });
        putRecord(objectStore, preferencesRecord, preferences);
        update = { preferences, changedFields: listChangedFields(before, preferences) };
      });
      return () => update as PreferencesUpdate;
    },
    store,
  );
}

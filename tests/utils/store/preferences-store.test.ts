import { clear, createStore, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, LATER_PREFERENCES, type Preferences } from '@/utils/core/preferences';
import {
  loadPreferences,
  PREFERENCES_SCHEMA_VERSION,
  savePreferences,
  updatePreferences,
} from '@/utils/store/preferences-store';

const withInterval = (intervalMinutes: number) => ({ ...DEFAULT_PREFERENCES, intervalMinutes });

let storeCount = 0;
/** A fresh database per test, so tests never see each other's data. */
const newStore = () => createStore(`preferences-test-${++storeCount}`, 'keyval');

describe('the preferences store', () => {
  it('starts from the defaults, which is not a repair', async () => {
    expect(await loadPreferences(newStore())).toEqual({
      preferences: DEFAULT_PREFERENCES,
      repairedFields: [],
    });
  });

  it('keeps what was saved, under the schema version', async () => {
    const store = newStore();
    const preferences = {
      ...DEFAULT_PREFERENCES,
      intervalMinutes: 90,
      language: 'en',
      enabledKinds: ['reframe'],
    } as const;
    await savePreferences({ ...preferences, enabledKinds: ['reframe'] }, store);
    expect((await loadPreferences(store)).preferences).toEqual(preferences);
    expect(await get('preferences', store)).toEqual({
      schemaVersion: PREFERENCES_SCHEMA_VERSION,
      preferences,
    });
  });

  it.each([
    ['junk', 'not preferences at all'],
    ['null', null],
    ['a bare number', 42],
  ])('reads %s as the defaults, every field named as repaired', async (_name, stored) => {
    const store = newStore();
    await set('preferences', stored, store);
    // Those added later are absent from junk as from an older record: not named.
    expect(await loadPreferences(store)).toEqual({
      preferences: DEFAULT_PREFERENCES,
      repairedFields: Object.keys(DEFAULT_PREFERENCES).filter(
        (field) => !LATER_PREFERENCES.includes(field as keyof Preferences),
      ),
    });
  });

  it('migrates a version 1 record: the new fields take their defaults, and nothing is repaired', async () => {
    const store = newStore();
    const version1 = { intervalMinutes: 45, language: 'nl', enabledKinds: ['quote'] };
    await set('preferences', { schemaVersion: 1, preferences: version1 }, store);
    expect(await loadPreferences(store)).toEqual({
      preferences: { ...DEFAULT_PREFERENCES, ...version1 },
      repairedFields: [],
    });
  });

  it('migrates a version 2 record: the chime stays off, and nothing is repaired', async () => {
    const store = newStore();
    const { soundEnabled: _added, ...version2 } = withInterval(20);
    await set('preferences', { schemaVersion: 2, preferences: version2 }, store);
    expect(await loadPreferences(store)).toEqual({
      preferences: { ...withInterval(20), soundEnabled: false },
      repairedFields: [],
    });
  });

  it('still repairs the broken fields of a version 1 record', async () => {
    const store = newStore();
    const version1 = { intervalMinutes: 'soon', language: 'nl', enabledKinds: ['quote'] };
    await set('preferences', { schemaVersion: 1, preferences: version1 }, store);
    expect(await loadPreferences(store)).toEqual({
      preferences: { ...DEFAULT_PREFERENCES, language: 'nl', enabledKinds: ['quote'] },
      repairedFields: ['intervalMinutes'],
    });
  });

  it.each([
    ['a broken field', { schemaVersion: 3, preferences: { ...withInterval(45), language: 'fr' } }],
    ['a future version', { schemaVersion: 99, preferences: { ...withInterval(45), language: 7 } }],
  ])('repairs %s and keeps the good ones', async (_name, stored) => {
    const store = newStore();
    await set('preferences', stored, store);
    expect(await loadPreferences(store)).toEqual({
      preferences: withInterval(45),
      repairedFields: ['language'],
    });
  });

  it('reads a record without an envelope (the bare preferences)', async () => {
    const store = newStore();
    await set('preferences', withInterval(15), store);
    expect(await loadPreferences(store)).toEqual({
      preferences: withInterval(15),
      repairedFields: [],
    });
  });
});

describe('updatePreferences: two pages, no write lost', () => {
  it('changes only the fields given, keeping what another page saved meanwhile', async () => {
    const store = newStore();
    // Page A sets the interval; page B, opened earlier, then sets the pause length.
    await updatePreferences({ intervalMinutes: 45 }, store);
    await updatePreferences({ pauseSeconds: 120 }, store);
    expect((await loadPreferences(store)).preferences).toEqual({
      ...DEFAULT_PREFERENCES,
      intervalMinutes: 45,
      pauseSeconds: 120,
    });
  });

  it('loses neither of two changes made at the same moment', async () => {
    const store = newStore();
    await Promise.all([
      updatePreferences({ activeDays: [1, 2] }, store),
      updatePreferences({ soundEnabled: true }, store),
      updatePreferences({ intervalMinutes: 60 }, store),
    ]);
    expect((await loadPreferences(store)).preferences).toMatchObject({
      activeDays: [1, 2],
      soundEnabled: true,
      intervalMinutes: 60,
    });
  });

  it('says what changed, and stores no value that is not valid', async () => {
    const store = newStore();
    expect(await updatePreferences({ intervalMinutes: 45, language: 'auto' }, store)).toEqual({
      preferences: { ...DEFAULT_PREFERENCES, intervalMinutes: 45 },
      changedFields: ['intervalMinutes'],
    });
    const refused = await updatePreferences({ intervalMinutes: 3, activeDays: [] }, store);
    expect(refused).toEqual({
      preferences: { ...DEFAULT_PREFERENCES, intervalMinutes: 45 },
      changedFields: [],
    });
  });

  it('after everything was deleted, writes the change over the defaults, nothing older', async () => {
    const store = newStore();
    await savePreferences(withInterval(90), store);
    await clear(store);
    await updatePreferences({ soundEnabled: true }, store);
    expect((await loadPreferences(store)).preferences).toEqual({
      ...DEFAULT_PREFERENCES,
      soundEnabled: true,
    });
  });
});

import { createStore, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import {
  loadPreferences,
  PREFERENCES_SCHEMA_VERSION,
  savePreferences,
} from '@/utils/preferences-store';

let storeCount = 0;
/** A fresh database per test, so tests never see each other's data. */
const newStore = () => createStore(`preferences-test-${++storeCount}`, 'keyval');

describe('the preferences store', () => {
  it('starts from the defaults, which is not a repair', async () => {
    expect(await loadPreferences(newStore())).toEqual({
      preferences: { intervalMinutes: 30 },
      repairedFields: [],
    });
  });

  it('keeps what was saved, under the schema version', async () => {
    const store = newStore();
    await savePreferences({ intervalMinutes: 90 }, store);
    expect((await loadPreferences(store)).preferences).toEqual({ intervalMinutes: 90 });
    expect(await get('preferences', store)).toEqual({
      schemaVersion: PREFERENCES_SCHEMA_VERSION,
      preferences: { intervalMinutes: 90 },
    });
  });

  it.each([
    ['junk', 'not preferences at all'],
    ['null', null],
    ['a broken record', { schemaVersion: 1, preferences: { intervalMinutes: 'soon' } }],
    ['a future version', { schemaVersion: 99, preferences: { intervalMinutes: Number.NaN } }],
  ])('repairs %s field by field and says so', async (_name, stored) => {
    const store = newStore();
    await set('preferences', stored, store);
    expect(await loadPreferences(store)).toEqual({
      preferences: { intervalMinutes: 30 },
      repairedFields: ['intervalMinutes'],
    });
  });

  it('reads a record without an envelope (the bare preferences)', async () => {
    const store = newStore();
    await set('preferences', { intervalMinutes: 15 }, store);
    expect(await loadPreferences(store)).toEqual({
      preferences: { intervalMinutes: 15 },
      repairedFields: [],
    });
  });
});

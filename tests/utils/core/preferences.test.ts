import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, listChangedFields, type Preferences } from '@/utils/core/preferences';

describe('listChangedFields', () => {
  it.each<[Partial<Preferences>, (keyof Preferences)[]]>([
    [{}, []],
    [{ intervalMinutes: 45 }, ['intervalMinutes']],
    [{ language: 'nl' }, ['language']],
    [{ enabledKinds: ['quote'] }, ['enabledKinds']],
    [{ intervalMinutes: 45, enabledKinds: ['step'] }, ['intervalMinutes', 'enabledKinds']],
  ])('%j changes %j', (change, fields) => {
    const after = {
      ...DEFAULT_PREFERENCES,
      ...change,
      enabledKinds: [...(change.enabledKinds ?? DEFAULT_PREFERENCES.enabledKinds)],
    };
    expect(listChangedFields(DEFAULT_PREFERENCES, after)).toEqual(fields);
  });
});

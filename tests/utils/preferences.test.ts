import { describe, expect, it } from 'vitest';
import {
  checkEnabledKinds,
  checkIntervalMinutes,
  checkLanguage,
  DEFAULT_PREFERENCES,
  listChangedFields,
  type NumberError,
  type Preferences,
  sanitizePreferences,
} from '@/utils/preferences';

describe('checkIntervalMinutes', () => {
  it.each([
    ['5', 5],
    ['240', 240],
    ['30', 30],
    [' 45 ', 45],
    ['+60', 60],
    ['90.0', 90],
    [120, 120],
  ])('accepts %j as %d minutes', (input, minutes) => {
    expect(checkIntervalMinutes(input)).toEqual({ isValid: true, value: minutes });
  });

  it.each<[unknown, NumberError]>([
    ['', 'required'],
    ['   ', 'required'],
    [null, 'required'],
    [undefined, 'required'],
    ['4', 'tooLow'],
    ['0', 'tooLow'],
    ['-30', 'tooLow'],
    ['241', 'tooHigh'],
    ['100000', 'tooHigh'],
    ['12.5', 'notWhole'],
    ['12,5', 'notWhole'],
    ['1e2', 'notWhole'],
    ['0x10', 'notWhole'],
    ['30 min', 'notWhole'],
    ['abc', 'notWhole'],
    [Number.NaN, 'notWhole'],
    [Number.POSITIVE_INFINITY, 'notWhole'],
    [4.5, 'notWhole'],
  ])('refuses %j: %s', (input, error) => {
    expect(checkIntervalMinutes(input)).toEqual({ isValid: false, error });
  });
});

describe('checkLanguage', () => {
  it.each(['auto', 'nl', 'en'])('accepts %s', (language) => {
    expect(checkLanguage(language)).toEqual({ isValid: true, value: language });
  });

  it.each(['fr', 'NL', '', null, 1])('refuses %j', (language) => {
    expect(checkLanguage(language)).toEqual({ isValid: false, error: 'unknownLanguage' });
  });
});

describe('checkEnabledKinds', () => {
  it('keeps known kinds in their canonical order, once each', () => {
    expect(checkEnabledKinds(['step', 'quote', 'step'])).toEqual({
      isValid: true,
      value: ['quote', 'step'],
    });
  });

  it('refuses an empty choice: at least one kind', () => {
    expect(checkEnabledKinds([])).toEqual({ isValid: false, error: 'noKind' });
  });

  it.each([[['quote', 'poem']], ['quote'], [null], [[1]]])('refuses %j', (kinds) => {
    expect(checkEnabledKinds(kinds)).toEqual({ isValid: false, error: 'unknownKind' });
  });
});

describe('sanitizePreferences', () => {
  const valid = { intervalMinutes: 45, language: 'nl', enabledKinds: ['reframe', 'question'] };

  it('keeps valid preferences as they are, with nothing repaired', () => {
    expect(sanitizePreferences(valid)).toEqual({ preferences: valid, repairedFields: [] });
  });

  it.each([
    ['null', null],
    ['a bare string', 'hello'],
    ['an array', [1, 2]],
    ['a number', 7],
    ['an empty object', {}],
  ])('turns %s into the defaults, naming every field', (_name, raw) => {
    expect(sanitizePreferences(raw)).toEqual({
      preferences: DEFAULT_PREFERENCES,
      repairedFields: ['intervalMinutes', 'language', 'enabledKinds'],
    });
  });

  it.each([
    ['intervalMinutes', '45'],
    ['intervalMinutes', Number.NaN],
    ['intervalMinutes', 1000],
    ['intervalMinutes', 7.5],
    ['language', 'de'],
    ['enabledKinds', []],
    ['enabledKinds', ['quote', 'poem']],
    ['enabledKinds', 'quote'],
  ] as const)('repairs %s = %j alone and keeps the rest', (field, value) => {
    const { preferences, repairedFields } = sanitizePreferences({ ...valid, [field]: value });
    expect(repairedFields).toEqual([field]);
    expect(preferences).toEqual({ ...valid, [field]: DEFAULT_PREFERENCES[field] });
  });

  it('gives each repair its own copy of the default kinds', () => {
    const first = sanitizePreferences(null).preferences;
    first.enabledKinds.pop();
    expect(sanitizePreferences(null).preferences.enabledKinds).toEqual(
      DEFAULT_PREFERENCES.enabledKinds,
    );
  });

  it('ignores fields it does not know', () => {
    expect(sanitizePreferences({ ...valid, future: true }).preferences).toEqual(valid);
  });
});

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

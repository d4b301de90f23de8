import { describe, expect, it } from 'vitest';
import {
  checkActiveDays,
  checkCardSource,
  checkDeliveryMode,
  checkEnabledKinds,
  checkIntervalMinutes,
  checkLanguage,
  checkNaturalBreakMinutes,
  checkOnOrOff,
  checkPauseSeconds,
  sanitizePreferences,
} from '@/utils/core/preference-checks';
import {
  DEFAULT_PREFERENCES,
  LATER_PREFERENCES,
  type NumberError,
  type Preferences,
} from '@/utils/core/preferences';
import { checkTimeOfDay, formatTimeOfDay } from '@/utils/core/time-of-day';

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

describe('checkPauseSeconds', () => {
  it.each([
    ['30', true],
    ['600', true],
    ['60', true],
    ['29', false],
    ['601', false],
    ['45.5', false],
  ])('%j is valid: %s', (input, isValid) => {
    expect(checkPauseSeconds(input).isValid).toBe(isValid);
  });
});

describe('checkNaturalBreakMinutes', () => {
  it.each<[unknown, boolean]>([
    ['1', true],
    ['60', true],
    [5, true],
    ['0', false],
    ['61', false],
    ['', false],
  ])('%j is valid: %s', (input, isValid) => {
    expect(checkNaturalBreakMinutes(input).isValid).toBe(isValid);
  });
});

describe('checkTimeOfDay', () => {
  it.each<[unknown, number]>([
    ['09:00', 540],
    ['9:05', 545],
    [' 23:59 ', 1439],
    ['00:00', 0],
    [1439, 1439],
    [0, 0],
  ])('reads %j as minute %d', (input, minute) => {
    expect(checkTimeOfDay(input)).toEqual({ isValid: true, value: minute });
  });

  it.each<[unknown, string]>([
    ['', 'required'],
    [null, 'required'],
    ['24:00', 'notATime'],
    ['12:60', 'notATime'],
    ['noon', 'notATime'],
    ['9.30', 'notATime'],
    [1440, 'notATime'],
    [-1, 'notATime'],
    [12.5, 'notATime'],
    [Number.NaN, 'notATime'],
  ])('refuses %j: %s', (input, error) => {
    expect(checkTimeOfDay(input)).toEqual({ isValid: false, error });
  });

  it.each([
    [0, '00:00'],
    [545, '09:05'],
    [1439, '23:59'],
  ])('formats minute %d as %s', (minute, text) => {
    expect(formatTimeOfDay(minute)).toBe(text);
    expect(checkTimeOfDay(text)).toEqual({ isValid: true, value: minute });
  });
});

describe('checkActiveDays', () => {
  it('keeps known weekdays sorted, once each', () => {
    expect(checkActiveDays([5, 1, 0, 5])).toEqual({ isValid: true, value: [0, 1, 5] });
  });

  it('refuses no day at all', () => {
    expect(checkActiveDays([])).toEqual({ isValid: false, error: 'noDay' });
  });

  it.each([[[7]], [[-1]], [['1']], [[1.5]], ['weekdays'], [null]])('refuses %j', (days) => {
    expect(checkActiveDays(days)).toEqual({ isValid: false, error: 'unknownDay' });
  });
});

describe('checkDeliveryMode', () => {
  it.each(['notification', 'window', 'badge'])('accepts %s', (mode) => {
    expect(checkDeliveryMode(mode)).toEqual({ isValid: true, value: mode });
  });

  it.each(['popup', '', null])('refuses %j', (mode) => {
    expect(checkDeliveryMode(mode)).toEqual({ isValid: false, error: 'unknownMode' });
  });
});

describe('checkCardSource', () => {
  it.each(['both', 'own', 'article'])('accepts %s', (source) => {
    expect(checkCardSource(source)).toEqual({ isValid: true, value: source });
  });

  it.each(['mine', '', null, ['own']])('refuses %j', (source) => {
    expect(checkCardSource(source)).toEqual({ isValid: false, error: 'unknownSource' });
  });
});

describe('checkOnOrOff', () => {
  it.each([true, false])('accepts %s', (value) => {
    expect(checkOnOrOff(value)).toEqual({ isValid: true, value });
  });

  it.each(['true', 1, 0, null, undefined])('refuses %j', (value) => {
    expect(checkOnOrOff(value)).toEqual({ isValid: false, error: 'notOnOrOff' });
  });
});

describe('sanitizePreferences', () => {
  const valid = {
    intervalMinutes: 45,
    language: 'nl',
    enabledKinds: ['reframe', 'question'],
    pauseSeconds: 90,
    activeDays: [0, 6],
    activeStartMinute: 22 * 60,
    activeEndMinute: 2 * 60 + 30,
    naturalBreakMinutes: 10,
    deliveryMode: 'badge',
    soundEnabled: true,
    waitWhileBusy: false,
    waitWhileSound: true,
    cardInNotification: false,
    cardSource: 'own',
  };

  it('keeps valid preferences as they are, with nothing repaired', () => {
    expect(sanitizePreferences(valid)).toEqual({ preferences: valid, repairedFields: [] });
  });

  it.each([
    ['null', null],
    ['a bare string', 'hello'],
    ['an array', [1, 2]],
    ['a number', 7],
    ['an empty object', {}],
  ])('turns %s into the defaults, naming every field but those added later', (_name, raw) => {
    expect(sanitizePreferences(raw)).toEqual({
      preferences: DEFAULT_PREFERENCES,
      repairedFields: Object.keys(DEFAULT_PREFERENCES).filter(
        (field) => !LATER_PREFERENCES.includes(field as keyof Preferences),
      ),
    });
  });

  it('gives preferences added later their defaults where a record from before has none, unsaid', () => {
    const before: Record<string, unknown> = { ...valid };
    for (const field of LATER_PREFERENCES) delete before[field];
    expect(sanitizePreferences(before)).toEqual({
      preferences: {
        ...valid,
        waitWhileBusy: true,
        waitWhileSound: false,
        cardInNotification: true,
        cardSource: 'both',
      },
      repairedFields: [],
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
    ['pauseSeconds', 29],
    ['pauseSeconds', '60'],
    ['activeDays', []],
    ['activeDays', [7]],
    ['activeDays', 'weekdays'],
    ['activeStartMinute', 1440],
    ['activeStartMinute', '09:00'],
    ['activeEndMinute', -1],
    ['activeEndMinute', 600.5],
    ['naturalBreakMinutes', 0],
    ['naturalBreakMinutes', null],
    ['deliveryMode', 'sms'],
    ['soundEnabled', 'yes'],
    ['soundEnabled', 1],
    ['soundEnabled', null],
    ['waitWhileBusy', 'yes'],
    ['waitWhileSound', null],
    ['cardInNotification', 0],
    ['cardSource', 'mine'],
    ['cardSource', null],
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

describe('lists of any shape or length', () => {
  /** A list with `length` places and only these items in it. */
  const sparse = (length: number, items: Record<number, unknown> = {}) => {
    const list: unknown[] = [];
    list.length = length;
    for (const [index, item] of Object.entries(items)) list[Number(index)] = item;
    return list;
  };

  it.each([
    ['2³² − 1 places, three of them days', sparse(2 ** 32 - 1, { 0: 1, 1: 2, 2: 3 })],
    ['only holes', sparse(5)],
    ['a day and a hole', sparse(2, { 0: 1 })],
    ['one day, fifteen times', Array.from({ length: 15 }, () => 1)],
  ])('refuses active days of %s, at once', (_name, days) => {
    expect(checkActiveDays(days)).toEqual({ isValid: false, error: 'unknownDay' });
  });

  it.each([
    ['2³² − 1 places', sparse(2 ** 32 - 1, { 0: 'quote' })],
    ['only holes', sparse(4)],
  ])('refuses kinds of %s, at once', (_name, kinds) => {
    expect(checkEnabledKinds(kinds)).toEqual({ isValid: false, error: 'unknownKind' });
  });

  it('repairs active days made of holes to the working week, not to no day at all', () => {
    const { preferences, repairedFields } = sanitizePreferences({
      ...DEFAULT_PREFERENCES,
      activeDays: sparse(7),
    });
    expect(preferences.activeDays).toEqual(DEFAULT_PREFERENCES.activeDays);
    expect(repairedFields).toEqual(['activeDays']);
  });

  it('still takes a day named twice', () => {
    expect(checkActiveDays([1, 1, 2])).toEqual({ isValid: true, value: [1, 2] });
  });
});

import { describe, expect, it } from 'vitest';
import {
  checkIntervalMinutes,
  DEFAULT_PREFERENCES,
  type FieldError,
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

  it.each<[unknown, FieldError]>([
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

describe('sanitizePreferences', () => {
  it('keeps valid preferences as they are, with nothing repaired', () => {
    expect(sanitizePreferences({ intervalMinutes: 45 })).toEqual({
      preferences: { intervalMinutes: 45 },
      repairedFields: [],
    });
  });

  it.each([
    ['null', null],
    ['a bare string', 'hello'],
    ['an array', [1, 2]],
    ['a number', 7],
    ['a missing field', {}],
    ['a string number', { intervalMinutes: '45' }],
    ['NaN', { intervalMinutes: Number.NaN }],
    ['out of range', { intervalMinutes: 1000 }],
    ['a fraction', { intervalMinutes: 7.5 }],
  ])('repairs %s to the default and says which field', (_name, raw) => {
    expect(sanitizePreferences(raw)).toEqual({
      preferences: DEFAULT_PREFERENCES,
      repairedFields: ['intervalMinutes'],
    });
  });

  it('ignores fields it does not know', () => {
    expect(sanitizePreferences({ intervalMinutes: 20, future: true }).preferences).toEqual({
      intervalMinutes: 20,
    });
  });
});

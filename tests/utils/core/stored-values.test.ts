import { describe, expect, it } from 'vitest';
import { isTime, MAX_TIME_MS } from '@/utils/core/stored-values';

/** Local noon of the day `atMs` falls on, as the journal and the rhythm reckon days. */
const localNoonOf = (atMs: number) => new Date(atMs).setHours(12, 0, 0, 0);

describe('isTime', () => {
  it.each([
    ['the epoch', 0],
    ['a moment in 2026', Date.UTC(2026, 10, 25, 9, 30)],
    ['a fraction of a millisecond', 1.5],
    ['the year 3000', new Date(3000, 0, 1).getTime()],
    ['the last moment of the year 9999', Date.UTC(9999, 11, 31, 23, 59, 59, 999)],
  ])('takes %s', (_name, atMs) => {
    expect(isTime(atMs)).toBe(true);
  });

  it.each([
    ['the last moment a Date holds', 8.64e15],
    ['the year 10000', Date.UTC(10_000, 0, 1)],
    ['a negative time', -1],
    ['infinity', Number.POSITIVE_INFINITY],
    ['NaN', Number.NaN],
    ['a string', '1000'],
  ])('refuses %s', (_name, value) => {
    expect(isTime(value)).toBe(false);
  });

  it('takes only times that can be formatted, and whose local day can be reckoned with', () => {
    const format = new Intl.DateTimeFormat('nl', { dateStyle: 'full', timeStyle: 'short' });
    for (const atMs of [MAX_TIME_MS, MAX_TIME_MS - 1, 0]) {
      expect(isTime(atMs)).toBe(true);
      const noonMs = localNoonOf(atMs);
      expect(Number.isFinite(noonMs)).toBe(true);
      expect(() => format.format(noonMs + 7 * 86_400_000)).not.toThrow();
    }
  });
});

import { describe, expect, it } from 'vitest';
import {
  type ActiveHours,
  atLocalMinute,
  findActiveWindow,
  getTomorrowStartMs,
  listActiveWindows,
} from '@/utils/core/active-hours';
import type { Weekday } from '@/utils/core/preferences';

// vitest.config.ts pins TZ to Europe/Amsterdam. Every time below is local (Amsterdam) time.
// 2026-06-01 is a Monday; 2026-03-29 (a Sunday) springs forward, 2026-10-25 (a Sunday) falls back.

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** A local moment in 2026. */
const at = (month: number, day: number, hour: number, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute).getTime();
/** A local moment in the week of Monday 2026-06-01 (day 1) to Sunday 2026-06-07 (day 7). */
const june = (day: number, hour: number, minute = 0) => at(6, day, hour, minute);
const hm = (hour: number, minute = 0) => hour * 60 + minute;

const hours = (activeDays: Weekday[], start: number, end: number): ActiveHours => ({
  activeDays,
  activeStartMinute: start,
  activeEndMinute: end,
});
const WORK_WEEK: Weekday[] = [1, 2, 3, 4, 5];
const EVERY_DAY: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const OFFICE = hours(WORK_WEEK, hm(9), hm(17));
const NIGHT_EVERY_DAY = hours(EVERY_DAY, hm(22), hm(2));
const FRIDAY_NIGHT = hours([5], hm(22), hm(2));

describe('the test time zone', () => {
  it('is Europe/Amsterdam, so the clock-change tests cannot pass in UTC', () => {
    expect(new Date(2026, 2, 29, 12).getTimezoneOffset()).toBe(-120);
    expect(new Date(2026, 2, 28, 12).getTimezoneOffset()).toBe(-60);
    expect(new Date(2026, 9, 25, 12).getTimezoneOffset()).toBe(-60);
  });
});

describe('atLocalMinute', () => {
  it.each([
    ['the same day', june(1, 14), 0, hm(9), june(1, 9)],
    ['the next midnight', june(1, 14), 1, 0, june(2, 0)],
    ['the day before, at 23:59', june(1, 0, 10), -1, hm(23, 59), at(5, 31, 23, 59)],
    ['across a month end', at(1, 31, 12), 1, hm(9), at(2, 1, 9)],
    ['a week on', june(1, 23, 59), 7, hm(9, 30), at(6, 8, 9, 30)],
  ])('finds %s', (_name, dayMs, dayOffset, minuteOfDay, expected) => {
    expect(atLocalMinute(dayMs, dayOffset, minuteOfDay)).toBe(expected);
  });

  it.each([
    ['springing forward (23 hours)', at(3, 28, 12), 23],
    ['falling back (25 hours)', at(10, 24, 12), 25],
  ])('keeps 09:00 at 09:00 local over a day of %s', (_name, dayMs, dayHours) => {
    const nineBefore = atLocalMinute(dayMs, 0, hm(9));
    const nineAfter = atLocalMinute(dayMs, 1, hm(9));
    expect(new Date(nineAfter).getHours()).toBe(9);
    expect(new Date(nineAfter).getMinutes()).toBe(0);
    expect(nineAfter - nineBefore).toBe(24 * HOUR_MS + (dayHours - 24) * HOUR_MS);
  });

  it('reads a time the clock skips as the hour after (02:30 on 2026-03-29 is 03:30)', () => {
    const skipped = atLocalMinute(at(3, 29, 12), 0, hm(2, 30));
    expect(new Date(skipped).getHours()).toBe(3);
    expect(skipped - at(3, 29, 0)).toBe(2.5 * HOUR_MS);
  });
});

describe('listActiveWindows', () => {
  it('lists a working week from the day before, one window a day, nine days long', () => {
    expect(listActiveWindows(OFFICE, june(3, 12))).toEqual([
      { startMs: june(2, 9), endMs: june(2, 17) },
      { startMs: june(3, 9), endMs: june(3, 17) },
      { startMs: june(4, 9), endMs: june(4, 17) },
      { startMs: june(5, 9), endMs: june(5, 17) },
      { startMs: at(6, 8, 9), endMs: at(6, 8, 17) },
      { startMs: at(6, 9, 9), endMs: at(6, 9, 17) },
      { startMs: at(6, 10, 9), endMs: at(6, 10, 17) },
    ]);
  });

  it.each([
    ['Friday night into Saturday, seen from Saturday 01:00', FRIDAY_NIGHT, june(6, 1)],
    ['Friday night, seen from Friday noon', FRIDAY_NIGHT, june(5, 12)],
  ])('runs a window past midnight: %s', (_name, activeHours, fromMs) => {
    expect(listActiveWindows(activeHours, fromMs)[0]).toEqual({
      startMs: june(5, 22),
      endMs: june(6, 2),
    });
  });

  it.each([
    ['at midnight, Monday and Tuesday', [1, 2], 0, june(1, 0), june(3, 0)],
    ['at 09:00, Monday to Wednesday', [1, 2, 3], hm(9), june(1, 9), june(4, 9)],
    ['at 22:00, Friday to Sunday', [5, 6, 0], hm(22), june(5, 22), at(6, 8, 22)],
  ] as const)(
    'merges whole days that touch (%s) into one window',
    (_name, days, minute, startMs, endMs) => {
      const windows = listActiveWindows(hours([...days], minute, minute), june(1, 12));
      expect(windows).toContainEqual({ startMs, endMs });
      // Nothing overlaps or touches in the list: a merged window is one entry.
      for (const [index, window] of windows.entries()) {
        const next = windows[index + 1];
        if (next) expect(next.startMs).toBeGreaterThan(window.endMs);
      }
    },
  );

  it('makes every day one long window when every day is whole', () => {
    expect(listActiveWindows(hours(EVERY_DAY, 0, 0), june(3, 12))).toEqual([
      { startMs: june(2, 0), endMs: at(6, 11, 0) },
    ]);
  });

  it.each([
    ['22:00–06:00 springing forward (7 hours)', at(3, 28, 12), 7],
    ['22:00–06:00 falling back (9 hours)', at(10, 24, 12), 9],
    ['22:00–06:00 on an ordinary night (8 hours)', june(6, 12), 8],
  ])('measures the night window %s', (_name, fromMs, expectedHours) => {
    const saturday = listActiveWindows(hours([6], hm(22), hm(6)), fromMs)[0];
    expect(saturday).toBeDefined();
    if (!saturday) return;
    expect(new Date(saturday.startMs).getHours()).toBe(22);
    expect(new Date(saturday.endMs).getHours()).toBe(6);
    expect(saturday.endMs - saturday.startMs).toBe(expectedHours * HOUR_MS);
  });

  it.each([
    ['springing forward (23 hours)', at(3, 29, 12), 23],
    ['falling back (25 hours)', at(10, 25, 12), 25],
  ])('gives a whole Sunday of %s its real length', (_name, fromMs, expectedHours) => {
    const [sunday] = listActiveWindows(hours([0], 0, 0), fromMs);
    expect(sunday?.endMs).toBeDefined();
    expect((sunday?.endMs ?? 0) - (sunday?.startMs ?? 0)).toBe(expectedHours * HOUR_MS);
  });
});

describe('findActiveWindow', () => {
  const officeMonday = { startMs: june(1, 9), endMs: june(1, 17) };
  const fridayNight = { startMs: june(5, 22), endMs: june(6, 2) };
  it.each([
    ['Monday 08:59, before the office opens', OFFICE, june(1, 8, 59), null],
    ['Monday 09:00, the start', OFFICE, june(1, 9), officeMonday],
    ['Monday 17:00, the end (included)', OFFICE, june(1, 17), officeMonday],
    ['a millisecond after the end', OFFICE, june(1, 17) + 1, null],
    ['Saturday noon', OFFICE, june(6, 12), null],
    ['Friday 23:00, in the night window', FRIDAY_NIGHT, june(5, 23), fridayNight],
    ['Saturday 01:00, Friday night after midnight', FRIDAY_NIGHT, june(6, 1), fridayNight],
    ['Saturday 02:00, its end', FRIDAY_NIGHT, june(6, 2), fridayNight],
    ['Saturday 03:00, after it', FRIDAY_NIGHT, june(6, 3), null],
    ['Saturday 23:00, Saturday is not active', FRIDAY_NIGHT, june(6, 23), null],
    ['Friday 01:00, Thursday night is not active', FRIDAY_NIGHT, june(5, 1), null],
    [
      'Tuesday 23:59 in whole Mondays and Tuesdays',
      hours([1, 2], 0, 0),
      june(2, 23, 59),
      { startMs: june(1, 0), endMs: june(3, 0) },
    ],
  ])('at %s', (_name, activeHours, atMs, expected) => {
    expect(findActiveWindow(activeHours, atMs)).toEqual(expected);
  });
});

describe('getTomorrowStartMs', () => {
  it.each([
    ['before the window (Monday 08:00)', OFFICE, june(1, 8), june(2, 9)],
    ['inside the window (Monday 12:00)', OFFICE, june(1, 12), june(2, 9)],
    ['after the window (Monday 18:00)', OFFICE, june(1, 18), june(2, 9)],
    ['on Friday: Monday is next', OFFICE, june(5, 12), at(6, 8, 9)],
    ['on Saturday: Monday is next', OFFICE, june(6, 12), at(6, 8, 9)],
    ['late on Sunday: Monday morning', OFFICE, june(7, 23), at(6, 8, 9)],
    ['in a night window, before midnight', NIGHT_EVERY_DAY, june(1, 23), june(2, 22)],
    [
      'in a night window after midnight: the next evening',
      NIGHT_EVERY_DAY,
      june(2, 1),
      june(2, 22),
    ],
    [
      'after a night window ended (03:00): tomorrow evening',
      NIGHT_EVERY_DAY,
      june(2, 3),
      june(3, 22),
    ],
    ['Friday night after midnight: next Friday', FRIDAY_NIGHT, june(6, 1), at(6, 12, 22)],
    ['every day whole: the next midnight', hours(EVERY_DAY, 0, 0), june(3, 12), june(4, 0)],
    ['whole working days, Monday: Tuesday', hours(WORK_WEEK, 0, 0), june(1, 12), june(2, 0)],
    ['whole working days, Wednesday: Thursday', hours(WORK_WEEK, 0, 0), june(3, 12), june(4, 0)],
    ['whole working days, Friday: Monday', hours(WORK_WEEK, 0, 0), june(5, 12), at(6, 8, 0)],
    [
      'whole days from 09:00, Wednesday 08:00',
      hours(WORK_WEEK, hm(9), hm(9)),
      june(3, 8),
      june(4, 9),
    ],
    [
      'whole days from 09:00, Wednesday 12:00',
      hours(WORK_WEEK, hm(9), hm(9)),
      june(3, 12),
      june(4, 9),
    ],
    [
      'the Saturday before springing forward',
      hours(EVERY_DAY, hm(9), hm(17)),
      at(3, 28, 12),
      at(3, 29, 9),
    ],
    [
      'the Saturday before falling back',
      hours(EVERY_DAY, hm(9), hm(17)),
      at(10, 24, 12),
      at(10, 25, 9),
    ],
  ])('from %s', (_name, activeHours, nowMs, expected) => {
    const tomorrowMs = getTomorrowStartMs(activeHours, nowMs);
    expect(new Date(tomorrowMs).toString()).toBe(new Date(expected).toString());
    expect(tomorrowMs).toBeGreaterThan(nowMs);
  });
});

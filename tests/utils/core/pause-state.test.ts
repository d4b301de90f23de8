import { describe, expect, it } from 'vitest';
import { createPauseState } from '@/utils/core/pause-state';
import { DEFAULT_PREFERENCES, type Preferences } from '@/utils/core/preferences';

// vitest.config.ts pins TZ to Europe/Amsterdam. Every time below is local (Amsterdam) time.
// 2026-06-01 is a Monday.

/** A local moment from Monday 2026-06-01 (day 1) on. */
const june = (day: number, hour: number, minute = 0) =>
  new Date(2026, 5, day, hour, minute).getTime();

/** Monday to Friday, 09:00 to 17:00, every 30 minutes, a natural break from 5 minutes, 60 s pauses. */
const OFFICE: Preferences = { ...DEFAULT_PREFERENCES };

describe('createPauseState', () => {
  it.each([
    ['before the window on Monday: 09:30', june(1, 7), june(1, 9, 30), 'windowOpens'],
    ['inside the window: an interval from now', june(1, 10), june(1, 10, 30), 'interval'],
    ['on Saturday: Monday 09:30', june(6, 12), june(8, 9, 30), 'windowOpens'],
  ])('counts from the install %s', (_name, nowMs, nextMs, reason) => {
    expect(createPauseState(OFFICE, nowMs)).toEqual({
      phase: { kind: 'waiting' },
      anchorMs: nowMs,
      idleSinceMs: null,
      plan: { atMs: nextMs, reason },
      plannedWith: OFFICE,
    });
  });

  it('plans nothing when the active hours are shorter than the interval', () => {
    const preferences = { ...OFFICE, activeStartMinute: 9 * 60, activeEndMinute: 9 * 60 + 10 };
    expect(createPauseState(preferences, june(1, 7))).toMatchObject({
      plan: { atMs: null, reason: 'noActiveHours' },
    });
  });
});

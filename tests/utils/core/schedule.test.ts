import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PausePhase, PauseState, Plan } from '@/utils/core/pause-model';
import { DEFAULT_PREFERENCES, type Preferences, type Weekday } from '@/utils/core/preferences';
import { MS_PER_MINUTE, planNextPause } from '@/utils/core/schedule';
import {
  buildState,
  expectPlanObeysRules,
  isActiveByClock,
  nowArb,
  preferencesArb,
  stateSpecArb,
} from '../../helpers/plan-rules';

// vitest.config.ts pins TZ to Europe/Amsterdam. Every time below is local (Amsterdam) time.
// 2026-06-01 is a Monday; 2026-03-29 (a Sunday) springs forward, 2026-10-25 (a Sunday) falls back.

/** Runs of each property: enough to reach the odd corners (night windows, clock changes). */
const NUM_RUNS = 500;
/** Event sequences are longer, so fewer of them. */

const MINUTE_MS = MS_PER_MINUTE;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** A local moment in 2026. */
const at = (month: number, day: number, hour: number, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute).getTime();
/** A local moment from Monday 2026-06-01 (day 1) on. */
const june = (day: number, hour: number, minute = 0) => at(6, day, hour, minute);
const hm = (hour: number, minute = 0) => hour * 60 + minute;

const EVERY_DAY: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
/** Monday to Friday, 09:00 to 17:00, every 30 minutes, natural break 5 minutes. */
const OFFICE: Preferences = { ...DEFAULT_PREFERENCES };
const withHours = (activeDays: Weekday[], start: number, end: number, intervalMinutes = 30) => ({
  ...DEFAULT_PREFERENCES,
  activeDays,
  activeStartMinute: start,
  activeEndMinute: end,
  intervalMinutes,
});

const stateOf = (phase: PausePhase, anchorMs: number, idleSinceMs: number | null = null) =>
  ({
    phase,
    anchorMs,
    idleSinceMs,
    plan: null,
  }) satisfies PauseState;
const WAITING: PausePhase = { kind: 'waiting' };

/** The plan as local time, so a failure reads "Tue Jun 02 2026 09:30:00" instead of a number. */
const local = (plan: Plan) => (plan.atMs === null ? null : new Date(plan.atMs).toString());
const localOf = (atMs: number | null) => (atMs === null ? null : new Date(atMs).toString());

describe('the test time zone', () => {
  it('is Europe/Amsterdam, so the clock-change tests cannot pass in UTC', () => {
    expect(new Date(2026, 2, 29, 12).getTimezoneOffset()).toBe(-120);
  });
});

describe('planNextPause', () => {
  it.each([
    [
      'one interval after the anchor',
      stateOf(WAITING, june(1, 10)),
      june(1, 10, 5),
      june(1, 10, 30),
      'interval',
    ],
    [
      'exactly at the end of the window (included)',
      stateOf(WAITING, june(1, 16, 30)),
      june(1, 16, 31),
      june(1, 17),
      'interval',
    ],
    [
      'past the end: an interval after tomorrow opens',
      stateOf(WAITING, june(1, 16, 45)),
      june(1, 16, 50),
      june(2, 9, 30),
      'windowOpens',
    ],
    [
      'before the window: 09:30, the first of the day',
      stateOf(WAITING, june(1, 7)),
      june(1, 7),
      june(1, 9, 30),
      'windowOpens',
    ],
    [
      'an interval reaching 09:00 exactly: 09:00',
      stateOf(WAITING, june(1, 8, 30)),
      june(1, 8, 30),
      june(1, 9),
      'interval',
    ],
    [
      'Friday evening: Monday 09:30',
      stateOf(WAITING, june(5, 16, 45)),
      june(5, 16, 50),
      at(6, 8, 9, 30),
      'windowOpens',
    ],
    [
      'Saturday: Monday 09:30',
      stateOf(WAITING, june(6, 12)),
      june(6, 12),
      at(6, 8, 9, 30),
      'windowOpens',
    ],
    ['due while away: now', stateOf(WAITING, june(1, 9)), june(1, 11), june(1, 11), 'dueNow'],
    [
      'due, but the day is over: tomorrow',
      stateOf(WAITING, june(1, 16)),
      june(1, 18),
      june(2, 9, 30),
      'windowOpens',
    ],
    [
      'a snooze: when it ends',
      stateOf({ kind: 'snoozed', untilMs: june(1, 10, 10) }, june(1, 9, 30)),
      june(1, 10),
      june(1, 10, 10),
      'snoozeEnds',
    ],
    [
      'a snooze past the window: tomorrow 09:30',
      stateOf({ kind: 'snoozed', untilMs: june(1, 17, 5) }, june(1, 16, 30)),
      june(1, 17),
      june(2, 9, 30),
      'windowOpens',
    ],
    [
      'a snooze long over: now',
      stateOf({ kind: 'snoozed', untilMs: june(1, 10, 10) }, june(1, 9, 30)),
      june(1, 10, 20),
      june(1, 10, 20),
      'dueNow',
    ],
    [
      'paused for an hour: an interval after',
      stateOf({ kind: 'paused', untilMs: june(1, 11) }, june(1, 9, 30)),
      june(1, 10),
      june(1, 11, 30),
      'interval',
    ],
    [
      'paused until tomorrow 09:00: 09:30',
      stateOf({ kind: 'paused', untilMs: june(2, 9) }, june(1, 11)),
      june(1, 12),
      june(2, 9, 30),
      'interval',
    ],
    [
      'paused until Monday 09:00 from Friday: Monday 09:30',
      stateOf({ kind: 'paused', untilMs: at(6, 8, 9) }, june(5, 11)),
      june(5, 12),
      at(6, 8, 9, 30),
      'interval',
    ],
    [
      'taking a pause: an interval after its guide ends',
      stateOf({ kind: 'taking', sinceMs: june(1, 10), cardId: null }, june(1, 9, 30)),
      june(1, 10),
      june(1, 10, 31),
      'interval',
    ],
    [
      'a pause announced: an interval after it was due',
      stateOf({ kind: 'delivered', dueAtMs: june(1, 10), cardId: 'q1' }, june(1, 10)),
      june(1, 10, 1),
      june(1, 10, 30),
      'interval',
    ],
    [
      'away: an interval after now',
      stateOf(WAITING, june(1, 9, 50), june(1, 10)),
      june(1, 10, 5),
      june(1, 10, 35),
      'away',
    ],
    [
      'away, but the pause is far off: unchanged',
      stateOf(WAITING, june(1, 10, 30), june(1, 10, 29)),
      june(1, 10, 30),
      june(1, 11),
      'interval',
    ],
  ] as const)('plans %s', (_name, state, nowMs, expectedMs, reason) => {
    const plan = planNextPause(OFFICE, state, nowMs);
    expect(local(plan)).toBe(localOf(expectedMs));
    expect(plan.reason).toBe(reason);
  });

  const fridayNight = withHours([5], hm(22), hm(2));
  it.each([
    [
      'Friday evening: 22:30',
      stateOf(WAITING, june(5, 20)),
      june(5, 20),
      june(5, 22, 30),
      'windowOpens',
    ],
    [
      'after midnight, still Friday night',
      stateOf(WAITING, june(6, 1)),
      june(6, 1),
      june(6, 1, 30),
      'interval',
    ],
    [
      'to 02:00 exactly, the end',
      stateOf(WAITING, june(6, 1, 30)),
      june(6, 1, 30),
      june(6, 2),
      'interval',
    ],
    [
      'past 02:00 on Saturday: next Friday 22:30',
      stateOf(WAITING, june(6, 1, 45)),
      june(6, 1, 45),
      at(6, 12, 22, 30),
      'windowOpens',
    ],
    [
      'Thursday night is not active: Friday 22:30',
      stateOf(WAITING, june(5, 0, 30)),
      june(5, 0, 30),
      june(5, 22, 30),
      'windowOpens',
    ],
  ] as const)(
    'across midnight (22:00–02:00, Fridays only): %s',
    (_name, state, nowMs, expectedMs, reason) => {
      const plan = planNextPause(fridayNight, state, nowMs);
      expect(local(plan)).toBe(localOf(expectedMs));
      expect(plan.reason).toBe(reason);
    },
  );

  it.each([
    [
      'every day whole: 03:30 at night',
      withHours(EVERY_DAY, 0, 0),
      june(3, 3),
      june(3, 3, 30),
      'interval',
    ],
    [
      'Monday and Tuesday whole: over midnight',
      withHours([1, 2], 0, 0),
      june(1, 23, 50),
      june(2, 0, 20),
      'interval',
    ],
    [
      'Monday and Tuesday whole, Tuesday night: next Monday 00:30',
      withHours([1, 2], 0, 0),
      june(2, 23, 45),
      at(6, 8, 0, 30),
      'windowOpens',
    ],
    [
      'whole days from 09:00: Tuesday 08:50 is still Monday’s',
      withHours([1], hm(9), hm(9)),
      june(2, 8, 20),
      june(2, 8, 50),
      'interval',
    ],
  ] as const)(
    'with whole days (start equals end): %s',
    (_name, preferences, anchorMs, expectedMs, reason) => {
      const plan = planNextPause(preferences, stateOf(WAITING, anchorMs), anchorMs);
      expect(local(plan)).toBe(localOf(expectedMs));
      expect(plan.reason).toBe(reason);
    },
  );

  it.each([
    ['a 20-minute window, every day, 30-minute interval', withHours(EVERY_DAY, hm(9), hm(9, 20))],
    ['a 3-hour night window, Fridays only, 4-hour interval', withHours([5], hm(23), hm(2), 240)],
    ['one minute a day', withHours(EVERY_DAY, hm(12), hm(12, 1), 5)],
  ])('finds no pause when every window is shorter than the interval: %s', (_name, preferences) => {
    expect(planNextPause(preferences, stateOf(WAITING, june(1, 6)), june(1, 6))).toEqual({
      atMs: null,
      reason: 'noActiveHours',
    });
  });

  it('still plans inside a short window the interval lands in', () => {
    const preferences = withHours(EVERY_DAY, hm(9), hm(9, 20));
    expect(
      local(planNextPause(preferences, stateOf(WAITING, june(1, 8, 40)), june(1, 8, 40))),
    ).toBe(localOf(june(1, 9, 10)));
  });

  it('plans across a 4-hour window exactly as long as a 4-hour interval', () => {
    const preferences = withHours(EVERY_DAY, hm(9), hm(13), 240);
    expect(local(planNextPause(preferences, stateOf(WAITING, june(1, 14)), june(1, 14)))).toBe(
      localOf(june(2, 13)),
    );
  });

  describe('over a change of clocks', () => {
    it.each([
      ['spring forward', at(3, 28, 17), at(3, 29, 9, 30)],
      ['fall back', at(10, 24, 17), at(10, 25, 9, 30)],
    ])(
      'keeps a 09:00 start at 09:00 local (%s): the first pause is 09:30',
      (_name, anchorMs, expectedMs) => {
        const plan = planNextPause(
          withHours(EVERY_DAY, hm(9), hm(17)),
          stateOf(WAITING, anchorMs),
          anchorMs,
        );
        expect(local(plan)).toBe(localOf(expectedMs));
        expect(new Date(plan.atMs ?? 0).getHours()).toBe(9);
      },
    );

    it.each([
      ['spring forward: 01:45 + 30 min is 03:15', at(3, 29, 1, 45), 3, 15],
      ['fall back: the first 02:45 + 30 min is the second 02:15', at(10, 25, 2, 45), 2, 15],
    ])('keeps a 30-minute interval 30 real minutes (%s)', (_name, anchorMs, hour, minute) => {
      const plan = planNextPause(
        withHours(EVERY_DAY, hm(22), hm(6)),
        stateOf(WAITING, anchorMs),
        anchorMs,
      );
      expect(plan).toEqual({ atMs: anchorMs + 30 * MINUTE_MS, reason: 'interval' });
      expect([new Date(plan.atMs ?? 0).getHours(), new Date(plan.atMs ?? 0).getMinutes()]).toEqual([
        hour,
        minute,
      ]);
    });

    it.each([
      ['springing forward: 7 hours', at(3, 28, 21), 7],
      ['falling back: 9 hours', at(10, 24, 21), 9],
      ['on an ordinary night: 8 hours', june(6, 21), 8],
    ])('gives a 22:00–06:00 night window its real length (%s)', (_name, anchorMs, hours) => {
      // Hourly pauses from 22:00 to 06:00, both included: one more than the window has hours.
      const preferences = withHours([6], hm(22), hm(6), 60);
      let state: PauseState = stateOf(WAITING, anchorMs);
      const planned: number[] = [];
      for (let step = 0; step < 20; step++) {
        const plan = planNextPause(preferences, state, state.anchorMs);
        if (plan.atMs === null || plan.atMs > anchorMs + DAY_MS) break;
        planned.push(plan.atMs);
        state = stateOf(WAITING, plan.atMs);
      }
      expect(planned).toHaveLength(hours + 1);
      expect(localOf(planned[0] ?? null)).toBe(localOf(anchorMs + HOUR_MS));
      expect(new Date(planned.at(-1) ?? 0).getHours()).toBe(6);
    });
  });
});

// Properties, with an independent oracle for "inside the active hours" (tests/helpers).

describe('the oracle', () => {
  // The oracle is only worth something if it can say no: checked by hand on the tricky cases.
  it.each([
    ['Friday 23:00 in Friday nights', withHours([5], hm(22), hm(2)), june(5, 23), true],
    ['Saturday 01:59 in Friday nights', withHours([5], hm(22), hm(2)), june(6, 1, 59), true],
    ['Friday 01:00 in Friday nights', withHours([5], hm(22), hm(2)), june(5, 1), false],
    ['Monday 17:00 in the office', OFFICE, june(1, 17), true],
    ['Monday 17:00:00.001 in the office', OFFICE, june(1, 17) + 1, false],
    [
      'Sunday 2026-03-29 03:15 with a 02:30 start',
      withHours([0], hm(2, 30), hm(6)),
      at(3, 29, 3, 15),
      false,
    ],
    [
      'Sunday 2026-03-29 03:30 with a 02:30 start',
      withHours([0], hm(2, 30), hm(6)),
      at(3, 29, 3, 30),
      true,
    ],
    [
      'the second 02:15 on 2026-10-25, window to 02:30',
      withHours([6], hm(22), hm(2, 30)),
      at(10, 25, 2, 45) + 30 * MINUTE_MS,
      false,
    ],
    [
      'the first 02:15 on 2026-10-25, window to 02:30',
      withHours([6], hm(22), hm(2, 30)),
      at(10, 25, 2, 15),
      true,
    ],
  ])('%s', (_name, preferences, atMs, expected) => {
    expect(isActiveByClock(preferences, atMs)).toBe(expected);
  });
});

describe('planNextPause properties', () => {
  it(`obeys every rule for any preferences, state and moment (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(preferencesArb, stateSpecArb, nowArb, (preferences, spec, nowMs) => {
        const state = buildState(spec, nowMs);
        expectPlanObeysRules(preferences, state, nowMs, planNextPause(preferences, state, nowMs));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type PauseEvent,
  type PausePhase,
  type PauseState,
  PLAN_REASONS,
  type Plan,
  SNOOZE_MINUTES,
  type SnoozeMinutes,
  type Transition,
} from '@/utils/core/pause-model';
import {
  DEFAULT_PREFERENCES,
  listChangedFields,
  type Preferences,
  type Weekday,
} from '@/utils/core/preferences';
import { MS_PER_MINUTE, planNextPause } from '@/utils/core/schedule';
import { transition } from '@/utils/core/transition';
import { isDelivery as isAnnounced, nextOf } from '../helpers/pause';

// vitest.config.ts pins TZ to Europe/Amsterdam. Every time below is local (Amsterdam) time.
// 2026-06-01 is a Monday; 2026-03-29 (a Sunday) springs forward, 2026-10-25 (a Sunday) falls back.

/** Runs of each property: enough to reach the odd corners (night windows, clock changes). */
const NUM_RUNS = 500;
/** Event sequences are longer, so fewer of them. */
const SEQUENCE_RUNS = 300;

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

// -------------------------------------------------------------------------------------------------
// Properties. An independent oracle for "inside the active hours", from Date fields only.

/**
 * Whether the local clock at `atMs` is inside the active hours, read from the clock face: today's
 * weekday and minute of the day, and yesterday's weekday for a window that runs past midnight.
 * Amsterdam changes clocks at 02:00: springing forward skips 02:00–02:59, and a boundary set in that
 * hour reads as the hour after (as `new Date(y, m, d, 2, 30)` does); falling back repeats it, a
 * boundary in it means the first time round, and the second time round comes after all of those.
 */
function isActiveByClock(preferences: Preferences, atMs: number): boolean {
  const date = new Date(atMs);
  const weekday = date.getDay() as Weekday;
  const yesterday = ((weekday + 6) % 7) as Weekday;
  const isTodayActive = preferences.activeDays.includes(weekday);
  const isYesterdayActive = preferences.activeDays.includes(yesterday);
  const [year, month, day] = [date.getFullYear(), date.getMonth(), date.getDate()];
  const offsetAtMidnight = new Date(year, month, day).getTimezoneOffset();
  const offsetAtNight = new Date(year, month, day, 23, 59).getTimezoneOffset();
  const isSpringingForward = offsetAtNight < offsetAtMidnight;
  const isFallingBack = offsetAtNight > offsetAtMidnight;
  const isSecondTimeRound =
    isFallingBack && date.getHours() === 2 && date.getTimezoneOffset() === offsetAtNight;
  const minute = isSecondTimeRound
    ? 179.5
    : date.getHours() * 60 +
      date.getMinutes() +
      date.getSeconds() / 60 +
      date.getMilliseconds() / MINUTE_MS;
  const onClock = (boundary: number) =>
    isSpringingForward && boundary >= 120 && boundary < 180 ? boundary + 60 : boundary;
  const start = onClock(preferences.activeStartMinute);
  const end = onClock(preferences.activeEndMinute);
  if (preferences.activeStartMinute < preferences.activeEndMinute) {
    return isTodayActive && start <= minute && minute <= end;
  }
  // Past midnight (or a whole day, when start equals end): today's from its start, yesterday's to its end.
  return (isTodayActive && minute >= start) || (isYesterdayActive && minute <= end);
}

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

const minuteArb = fc.integer({ min: 0, max: 1439 });
const preferencesArb: fc.Arbitrary<Preferences> = fc
  .record({
    activeDays: fc.subarray<Weekday>(EVERY_DAY, { minLength: 1 }),
    activeStartMinute: minuteArb,
    // Often the same as the start (a whole day), else any minute (before it: past midnight).
    endMinute: fc.option(minuteArb, { freq: 4 }),
    intervalMinutes: fc.integer({ min: 5, max: 240 }),
    naturalBreakMinutes: fc.integer({ min: 1, max: 60 }),
    pauseSeconds: fc.integer({ min: 30, max: 600 }),
  })
  .map(({ endMinute, ...rest }) => ({
    ...DEFAULT_PREFERENCES,
    ...rest,
    activeEndMinute: endMinute ?? rest.activeStartMinute,
  }));

/** Every change of clocks in Amsterdam from 2020 to 2035: the last Sundays of March and October, 01:00 UTC. */
const CLOCK_CHANGES_MS = Array.from({ length: 16 }, (_, index) => 2020 + index).flatMap((year) =>
  [2, 9].map((month) => {
    const lastDay = new Date(Date.UTC(year, month, 31));
    return Date.UTC(year, month, 31 - lastDay.getUTCDay(), 1);
  }),
);
const FROM_MS = Date.UTC(2020, 0, 1);
const TO_MS = Date.UTC(2035, 11, 31);
const nowArb = fc.oneof(
  fc.integer({ min: FROM_MS, max: TO_MS }),
  // On the minute: plans then land on window boundaries exactly.
  fc.integer({ min: FROM_MS / MINUTE_MS, max: TO_MS / MINUTE_MS }).map((m) => m * MINUTE_MS),
  // Around a change of clocks.
  fc
    .tuple(fc.constantFrom(...CLOCK_CHANGES_MS), fc.integer({ min: -2 * DAY_MS, max: 2 * DAY_MS }))
    .map(([changeMs, offsetMs]) => changeMs + offsetMs),
);
/** A time relative to now: a few days either way, to the millisecond or on the minute. */
const offsetArb = fc.oneof(
  fc.integer({ min: -3 * DAY_MS, max: 3 * DAY_MS }),
  fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 }).map((m) => m * MINUTE_MS),
);
const cardIdArb = fc.option(fc.constantFrom('q1', 'r2', 's3'));
/** Any state, any phase, its times around now; not necessarily one a transition reaches. */
const stateSpecArb = fc.record({
  kind: fc.constantFrom<PausePhase['kind']>('waiting', 'delivered', 'taking', 'snoozed', 'paused'),
  phaseOffsetMs: offsetArb,
  cardId: cardIdArb,
  anchorOffsetMs: offsetArb,
  idleOffsetMs: fc.option(offsetArb.map((offsetMs) => -Math.abs(offsetMs))),
  nextOffsetMs: fc.option(offsetArb),
  nextReason: fc.constantFrom(...PLAN_REASONS),
});
type StateSpec = typeof stateSpecArb extends fc.Arbitrary<infer T> ? T : never;

/** The state a spec describes, its times counted from `nowMs`. */
function buildState(spec: StateSpec, nowMs: number): PauseState {
  const { kind, cardId } = spec;
  const timeMs = nowMs + spec.phaseOffsetMs;
  const phase: PausePhase =
    kind === 'waiting'
      ? { kind }
      : kind === 'delivered'
        ? { kind, dueAtMs: timeMs, cardId }
        : kind === 'taking'
          ? { kind, sinceMs: timeMs, cardId }
          : { kind, untilMs: timeMs };
  return {
    phase,
    anchorMs: nowMs + spec.anchorOffsetMs,
    idleSinceMs: spec.idleOffsetMs === null ? null : nowMs + spec.idleOffsetMs,
    plan: buildPlan(spec, nowMs),
  };
}

/** The plan a spec describes: any time and reason, or none (as a stored state may hold). */
function buildPlan({ nextOffsetMs, nextReason }: StateSpec, nowMs: number): Plan | null {
  if (nextOffsetMs !== null) {
    const reason = nextReason === 'noActiveHours' ? 'interval' : nextReason;
    return { atMs: nowMs + nextOffsetMs, reason };
  }
  return nextReason === 'noActiveHours' ? { atMs: null, reason: nextReason } : null;
}

/** The shortest active window, in minutes, give or take the hour a change of clocks moves. */
function windowMinutes({ activeStartMinute: start, activeEndMinute: end }: Preferences): number {
  return start === end ? 24 * 60 : (end - start + 24 * 60) % (24 * 60);
}

/** When the pause's own phase lets it come at the earliest: its interval, or its snooze. */
function getPhaseBoundMs(preferences: Preferences, state: PauseState): number {
  const intervalMs = preferences.intervalMinutes * MINUTE_MS;
  const { phase } = state;
  switch (phase.kind) {
    case 'snoozed':
      return phase.untilMs;
    case 'paused':
      return phase.untilMs + intervalMs;
    case 'taking':
      return phase.sinceMs + preferences.pauseSeconds * 1000 + intervalMs;
    case 'waiting':
    case 'delivered':
      return state.anchorMs + intervalMs;
  }
}

/** Every rule a plan obeys, whatever the state it was made from. */
function expectPlanObeysRules(
  preferences: Preferences,
  state: PauseState,
  nowMs: number,
  plan: Plan,
): void {
  const intervalMs = preferences.intervalMinutes * MINUTE_MS;
  if (plan.atMs === null) {
    // No pause only when every window is shorter than the interval (give or take a clock change).
    expect(plan.reason).toBe('noActiveHours');
    expect(preferences.activeStartMinute).not.toBe(preferences.activeEndMinute);
    expect(windowMinutes(preferences) - 60).toBeLessThan(preferences.intervalMinutes);
    return;
  }
  // Never in the past, never outside the active hours.
  expect(plan.atMs).toBeGreaterThanOrEqual(nowMs);
  expect(isActiveByClock(preferences, plan.atMs)).toBe(true);
  // Never before a snooze or a pause of reminders ends; never sooner than the interval allows.
  const { phase } = state;
  if (phase.kind === 'snoozed') expect(plan.atMs).toBeGreaterThanOrEqual(phase.untilMs);
  if (phase.kind === 'paused' && phase.untilMs > nowMs) {
    expect(plan.atMs).toBeGreaterThanOrEqual(phase.untilMs + intervalMs);
  }
  if (phase.kind === 'waiting' || phase.kind === 'delivered') {
    expect(plan.atMs).toBeGreaterThanOrEqual(state.anchorMs + intervalMs);
  }
  if (state.idleSinceMs !== null) expect(plan.atMs).toBeGreaterThanOrEqual(nowMs + intervalMs);
  // And no later than its reason says: each reason names the one moment the plan is.
  const phaseBoundMs = getPhaseBoundMs(preferences, state);
  switch (plan.reason) {
    case 'dueNow':
      // Its time has passed: now, with nobody away.
      expect(plan.atMs).toBe(nowMs);
      expect(phaseBoundMs).toBeLessThan(nowMs);
      expect(state.idleSinceMs).toBeNull();
      break;
    case 'away':
      // Nobody to announce it to: the alarm looks again an interval from now.
      expect(plan.atMs).toBe(nowMs + intervalMs);
      expect(state.idleSinceMs).not.toBeNull();
      break;
    case 'snoozeEnds':
      expect(phase.kind).toBe('snoozed');
      expect(plan.atMs).toBe(phaseBoundMs);
      break;
    case 'interval':
      expect(plan.atMs).toBe(phaseBoundMs);
      break;
    case 'windowOpens': {
      // The moment the rules above allow fell outside the active hours: an interval after the
      // next window opens.
      const allowedMs = Math.max(
        phaseBoundMs,
        state.idleSinceMs === null ? nowMs : nowMs + intervalMs,
      );
      const openedMs = plan.atMs - intervalMs;
      expect(isActiveByClock(preferences, allowedMs)).toBe(false);
      expect(openedMs).toBeGreaterThan(allowedMs);
      expect(isActiveByClock(preferences, openedMs)).toBe(true);
      expect(isActiveByClock(preferences, openedMs - 1)).toBe(false);
      break;
    }
  }
}

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

// Event sequences through `transition`: what the background does, wake-up after wake-up.

const eventArb = fc.oneof(
  fc.constant({ type: 'started' } as const),
  fc.record({ type: fc.constant('alarm' as const), isIdle: fc.boolean() }),
  fc.constant({ type: 'pause-opened' } as const),
  fc.record({ type: fc.constant('pause-finished' as const), note: fc.string({ maxLength: 8 }) }),
  fc.record({
    type: fc.constant('pause-snoozed' as const),
    minutes: fc.constantFrom<SnoozeMinutes>(...SNOOZE_MINUTES),
  }),
  fc.record({
    type: fc.constant('reminders-paused' as const),
    span: fc.constantFrom('hour' as const, 'tomorrow' as const),
  }),
  fc.constant({ type: 'reminders-resumed' } as const),
  fc.record({
    type: fc.constant('idle-changed' as const),
    idleState: fc.constantFrom('active' as const, 'idle' as const, 'locked' as const),
  }),
);
const delayArb = fc.oneof(
  fc.integer({ min: 0, max: 10 * MINUTE_MS }),
  fc.integer({ min: 0, max: 2 * HOUR_MS }),
  fc.integer({ min: 0, max: 3 * DAY_MS }),
);
const stepArb = fc.oneof(
  // Something happens a while later.
  fc.record({ kind: fc.constant('event' as const), delayMs: delayArb, event: eventArb }),
  // The alarm goes off at the planned time, or late (the computer slept).
  fc.record({
    kind: fc.constant('alarm' as const),
    lateMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2 * HOUR_MS })),
    isIdle: fc.boolean(),
  }),
  // The settings change.
  fc.record({
    kind: fc.constant('preferences' as const),
    delayMs: delayArb,
    preferences: preferencesArb,
  }),
);

/** The plan a state carries after a transition: what the planner says for that state. */
const planOf = (state: PauseState): Plan => {
  if (state.plan === null) throw new Error('a transition always plans');
  return state.plan;
};

/** Every rule one transition obeys, besides those of its plan. */
function expectTransitionObeysRules(
  previous: PauseState,
  event: PauseEvent,
  preferences: Preferences,
  nowMs: number,
  result: Transition,
): void {
  const { state, logged } = result;
  const isDelivery = isAnnounced(result);
  const intervalMs = preferences.intervalMinutes * MINUTE_MS;
  const breakMs = preferences.naturalBreakMinutes * MINUTE_MS;
  // The stored plan is the planner's for the stored state, and obeys all its rules.
  expect(planOf(state)).toEqual(planNextPause(preferences, state, nowMs));
  expectPlanObeysRules(preferences, state, nowMs, planOf(state));
  const dueMs = nextOf(previous);
  if (isDelivery) {
    // Only an alarm delivers, on time or a little late, to someone who is there; and only once.
    expect(event).toEqual({ type: 'alarm', isIdle: false });
    expect(dueMs).not.toBeNull();
    expect(nowMs - (dueMs ?? 0)).toBeGreaterThanOrEqual(0);
    expect(nowMs - (dueMs ?? 0)).toBeLessThanOrEqual(breakMs);
    expect(state.phase).toMatchObject({ kind: 'delivered', dueAtMs: dueMs });
    // At most one catch-up: the next pause is not due already.
    if (nextOf(state) !== null) expect(nextOf(state)).toBeGreaterThan(nowMs);
    const again = transition(state, event, preferences, nowMs);
    expect(isAnnounced(again)).toBe(false);
    expect(again.logged).toEqual([]);
  }
  if (event.type === 'alarm' && (dueMs === null || nowMs < dueMs)) {
    expect(isDelivery).toBe(false);
    expect(logged).toEqual([]);
  }
  if (event.type === 'alarm' && event.isIdle) {
    expect(isDelivery).toBe(false);
    if (dueMs !== null && nowMs >= dueMs) expect(state.idleSinceMs).not.toBeNull();
  }
  if (event.type === 'idle-changed' && event.idleState !== 'active') {
    expect(state.idleSinceMs).not.toBeNull();
    expect(state.idleSinceMs ?? 0).toBeLessThanOrEqual(nowMs);
  }
  if (event.type === 'idle-changed' && event.idleState === 'active') {
    expect(state.idleSinceMs).toBeNull();
    const awayMs = previous.idleSinceMs === null ? null : nowMs - previous.idleSinceMs;
    if (awayMs !== null && awayMs >= breakMs) {
      // A natural break: it counts as a pause taken, and the interval starts again from now.
      expect(logged).toEqual([{ outcome: 'natural-break', atMs: nowMs, awayMs }]);
      if (nextOf(state) !== null) {
        expect(nextOf(state)).toBeGreaterThanOrEqual(nowMs + intervalMs);
      }
    } else {
      expect(logged).toEqual([]);
    }
  }
  if (event.type === 'started') {
    expect(['delivered', 'taking']).not.toContain(state.phase.kind);
    expect(state.idleSinceMs).toBeNull();
  }
  if (event.type !== 'alarm') expect(isDelivery).toBe(false);
  // Only "Klaar" records a pause taken, with its note.
  const taken = logged.filter((entry) => entry.outcome === 'taken');
  expect(taken).toEqual(
    event.type === 'pause-finished' ? [expect.objectContaining({ note: event.note })] : [],
  );
}

describe('transition properties', () => {
  it(`never throws and keeps every rule through any sequence of events (${SEQUENCE_RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        preferencesArb,
        stateSpecArb,
        nowArb,
        fc.array(stepArb, { maxLength: 30 }),
        (firstPreferences, spec, startMs, steps) => {
          let preferences = firstPreferences;
          let nowMs = startMs;
          let state = buildState(spec, startMs);
          for (const step of steps) {
            let event: PauseEvent;
            if (step.kind === 'alarm') {
              nowMs = Math.max(nowMs, (nextOf(state) ?? nowMs) + step.lateMs);
              event = { type: 'alarm', isIdle: step.isIdle };
            } else if (step.kind === 'preferences') {
              nowMs += step.delayMs;
              event = {
                type: 'preferences-changed',
                changedFields: listChangedFields(preferences, step.preferences),
              };
              preferences = step.preferences;
            } else {
              nowMs += step.delayMs;
              event = step.event;
            }
            const result = transition(state, event, preferences, nowMs);
            expectTransitionObeysRules(state, event, preferences, nowMs, result);
            state = result.state;
          }
        },
      ),
      { numRuns: SEQUENCE_RUNS },
    );
  });
});

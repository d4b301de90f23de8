import fc from 'fast-check';
import { expect } from 'vitest';
import { BUSY_RECHECK_MINUTES, BUSY_WAIT_MAX_MINUTES } from '@/utils/core/busy';
import {
  type PausePhase,
  type PauseState,
  PLAN_REASONS,
  type Plan,
} from '@/utils/core/pause-model';
import { DEFAULT_PREFERENCES, type Preferences, type Weekday } from '@/utils/core/preferences';

// What the planner's and the transition's properties share: arbitrary preferences, states and
// moments, an oracle for "inside the active hours" read off the clock face, and the rules every
// plan obeys. Europe/Amsterdam (vitest.config.ts), so the clock changes mean something.

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const EVERY_DAY: Weekday[] = [0, 1, 2, 3, 4, 5, 6];

/**
 * Whether the local clock at `atMs` is inside the active hours, read from the clock face: today's
 * weekday and minute of the day, and yesterday's weekday for a window that runs past midnight.
 * Amsterdam changes clocks at 02:00: springing forward skips 02:00–02:59, and a boundary set in that
 * hour reads as the hour after (as `new Date(y, m, d, 2, 30)` does); falling back repeats it, a
 * boundary in it means the first time round, and the second time round comes after all of those.
 */
export function isActiveByClock(preferences: Preferences, atMs: number): boolean {
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

const minuteArb = fc.integer({ min: 0, max: 1439 });
export const preferencesArb: fc.Arbitrary<Preferences> = fc
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
export const nowArb = fc.oneof(
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
export const stateSpecArb = fc.record({
  kind: fc.constantFrom<PausePhase['kind']>('waiting', 'delivered', 'taking', 'snoozed', 'paused'),
  phaseOffsetMs: offsetArb,
  cardId: cardIdArb,
  anchorOffsetMs: offsetArb,
  idleOffsetMs: fc.option(offsetArb.map((offsetMs) => -Math.abs(offsetMs))),
  nextOffsetMs: fc.option(offsetArb),
  nextReason: fc.constantFrom(...PLAN_REASONS),
});
export type StateSpec = typeof stateSpecArb extends fc.Arbitrary<infer T> ? T : never;

/** The state a spec describes, its times counted from `nowMs`. */
export function buildState(spec: StateSpec, nowMs: number): PauseState {
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
export function windowMinutes({
  activeStartMinute: start,
  activeEndMinute: end,
}: Preferences): number {
  return start === end ? 24 * 60 : (end - start + 24 * 60) % (24 * 60);
}

/** When the pause's own phase lets it come at the earliest: its interval, or its snooze. */
export function getPhaseBoundMs(preferences: Preferences, state: PauseState): number {
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
export function expectPlanObeysRules(
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
  // (A pause held for a call was due by its alarm already: it looks again sooner.)
  if ((phase.kind === 'waiting' || phase.kind === 'delivered') && plan.reason !== 'busy') {
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
    case 'busy': {
      // A pause due waits for a call to end: it looks again within a minute, never past its
      // longest wait (or now, when that passed with no look: the computer slept).
      expect(phase.kind).toBe('waiting');
      expect(state.held).toBeDefined();
      expect(state.idleSinceMs).toBeNull();
      expect(plan.atMs).toBeLessThanOrEqual(nowMs + BUSY_RECHECK_MINUTES * MINUTE_MS);
      expect(plan.atMs).toBeLessThanOrEqual(
        Math.max(nowMs, (state.held?.sinceMs ?? 0) + BUSY_WAIT_MAX_MINUTES * MINUTE_MS),
      );
      break;
    }
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

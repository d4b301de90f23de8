import { describe, expect, it } from 'vitest';
import { NOT_BUSY } from '@/utils/core/busy';
import {
  IDLE_DETECTION_SECONDS,
  type PauseEvent,
  type PausePhase,
  type PauseState,
  type Transition,
} from '@/utils/core/pause-model';
import { createPauseState } from '@/utils/core/pause-state';
import { DEFAULT_PREFERENCES, type Preferences } from '@/utils/core/preferences';
import { planNextPause } from '@/utils/core/schedule';
import { transition } from '@/utils/core/transition';
import { isDelivery, nextOf, reasonOf } from '../../helpers/pause';

// vitest.config.ts pins TZ to Europe/Amsterdam. Every time below is local (Amsterdam) time.
// 2026-06-01 is a Monday.

const MINUTE_MS = 60_000;
/** A local moment from Monday 2026-06-01 (day 1) on. */
const june = (day: number, hour: number, minute = 0) =>
  new Date(2026, 5, day, hour, minute).getTime();

/** Monday to Friday, 09:00 to 17:00, every 30 minutes, a natural break from 5 minutes, 60 s pauses. */
const OFFICE: Preferences = { ...DEFAULT_PREFERENCES };

/** A state as the background stores it: with the plan the planner makes for it at `plannedAtMs`. */
function planned(
  phase: PausePhase,
  anchorMs: number,
  plannedAtMs: number,
  { idleSinceMs = null as number | null, preferences = OFFICE } = {},
): PauseState {
  const state: PauseState = {
    phase,
    anchorMs,
    idleSinceMs,
    plan: null,
    plannedWith: preferences,
  };
  return { ...state, plan: planNextPause(preferences, state, plannedAtMs) };
}
const WAITING: PausePhase = { kind: 'waiting' };
/** Waiting since a pause at 10:00 on Monday; the next is planned for 10:30. */
const AT_TEN = planned(WAITING, june(1, 10), june(1, 10));

/** A moment as local clock text. */
const clock = (ms: number) => new Date(ms).toString();

/** The fields a test looks at, times as local clock text so a failure reads as a time. */
function summary(result: Transition) {
  const { state, logged } = result;
  const clockOrNull = (ms: number | null) => (ms === null ? null : clock(ms));
  return {
    isDelivery: isDelivery(result),
    logged,
    phase: state.phase.kind,
    anchor: clock(state.anchorMs),
    idleSince: clockOrNull(state.idleSinceMs),
    next: clockOrNull(nextOf(state)),
    reason: reasonOf(state),
  };
}

describe('an alarm', () => {
  const alarm = (isIdle = false): PauseEvent => ({ type: 'alarm', isIdle });
  it.each([
    [
      'a second early: nothing',
      june(1, 10, 30) - 1000,
      false,
      {
        isDelivery: false,
        logged: [],
        phase: 'waiting',
        anchor: clock(june(1, 10)),
        next: clock(june(1, 10, 30)),
      },
    ],
    [
      'on time: the pause, and the next an interval on',
      june(1, 10, 30),
      false,
      {
        isDelivery: true,
        logged: [],
        phase: 'delivered',
        anchor: clock(june(1, 10, 30)),
        next: clock(june(1, 11)),
      },
    ],
    [
      'as late as the natural break: still the pause, on the same beat',
      june(1, 10, 35),
      false,
      {
        isDelivery: true,
        logged: [],
        phase: 'delivered',
        anchor: clock(june(1, 10, 30)),
        next: clock(june(1, 11)),
      },
    ],
    [
      'later than the natural break: missed, and the interval starts now',
      june(1, 10, 35) + 1,
      false,
      {
        isDelivery: false,
        logged: [{ outcome: 'missed', atMs: june(1, 10, 30) }],
        phase: 'waiting',
        anchor: clock(june(1, 10, 35) + 1),
        next: clock(june(1, 11, 5) + 1),
      },
    ],
    [
      'the next morning (the computer slept): missed, then 09:30',
      june(2, 8),
      false,
      {
        isDelivery: false,
        logged: [{ outcome: 'missed', atMs: june(1, 10, 30) }],
        phase: 'waiting',
        next: clock(june(2, 9, 30)),
        reason: 'windowOpens',
      },
    ],
    [
      'while the user is idle: nothing, and the pause waits',
      june(1, 10, 30),
      true,
      {
        isDelivery: false,
        logged: [],
        phase: 'waiting',
        idleSince: clock(june(1, 10, 30)),
        next: clock(june(1, 11)),
        reason: 'away',
      },
    ],
    [
      'while idle, hours late: still nothing',
      june(1, 12, 30),
      true,
      {
        isDelivery: false,
        logged: [],
        phase: 'waiting',
        idleSince: clock(june(1, 12, 30)),
        next: clock(june(1, 13)),
        reason: 'away',
      },
    ],
  ] as const)('%s', (_name, nowMs, isIdle, expected) => {
    expect(summary(transition(AT_TEN, alarm(isIdle), OFFICE, nowMs))).toMatchObject(expected);
  });

  it('delivers the pause due, with no card yet (the background draws it)', () => {
    expect(transition(AT_TEN, alarm(), OFFICE, june(1, 10, 31)).state.phase).toEqual({
      kind: 'delivered',
      dueAtMs: june(1, 10, 30),
      cardId: null,
    });
  });

  it('delivers nothing when it goes off a second time', () => {
    const first = transition(AT_TEN, alarm(), OFFICE, june(1, 10, 30));
    expect(isDelivery(first)).toBe(true);
    const second = transition(first.state, alarm(), OFFICE, june(1, 10, 30));
    expect({ state: second.state, isDelivery: isDelivery(second), logged: second.logged }).toEqual({
      state: first.state,
      isDelivery: false,
      logged: [],
    });
  });

  it('records an unanswered pause as missed when the next one is delivered', () => {
    const delivered = planned(
      { kind: 'delivered', dueAtMs: june(1, 10), cardId: 'q1' },
      june(1, 10),
      june(1, 10),
    );
    const result = transition(delivered, alarm(), OFFICE, june(1, 10, 30));
    expect(isDelivery(result)).toBe(true);
    expect(result.logged).toEqual([{ outcome: 'missed', atMs: june(1, 10) }]);
    expect(result.state.phase).toEqual({
      kind: 'delivered',
      dueAtMs: june(1, 10, 30),
      cardId: null,
    });
  });

  it('records the unanswered pause and the late one as missed after a long sleep', () => {
    const delivered = planned(
      { kind: 'delivered', dueAtMs: june(1, 10), cardId: 'q1' },
      june(1, 10),
      june(1, 10),
    );
    expect(transition(delivered, alarm(), OFFICE, june(1, 15)).logged).toEqual([
      { outcome: 'missed', atMs: june(1, 10) },
      { outcome: 'missed', atMs: june(1, 10, 30) },
    ]);
  });

  it('catches up at most once: late by more than the interval, the next pause is an interval away', () => {
    // A 15-minute interval with a 20-minute natural break: 16 minutes late still delivers.
    const preferences = { ...OFFICE, intervalMinutes: 15, naturalBreakMinutes: 20 };
    const state = planned(WAITING, june(1, 10, 15), june(1, 10, 15), { preferences });
    const late = transition(state, alarm(), preferences, june(1, 10, 46));
    expect(summary(late)).toMatchObject({
      isDelivery: true,
      phase: 'delivered',
      next: clock(june(1, 11, 1)),
      reason: 'interval',
    });
    expect(isDelivery(transition(late.state, alarm(), preferences, june(1, 10, 46)))).toBe(false);
  });

  it('keeps the moment the user went idle when the alarm finds them idle', () => {
    const idle = planned(WAITING, june(1, 10), june(1, 10, 20), { idleSinceMs: june(1, 10, 20) });
    // Idle since 10:20 moves the plan to 10:50; its alarm finds the user still away.
    expect(summary(transition(idle, alarm(true), OFFICE, june(1, 10, 50)))).toMatchObject({
      isDelivery: false,
      idleSince: clock(june(1, 10, 20)),
      next: clock(june(1, 11, 20)),
      reason: 'away',
    });
  });

  it('delivers nothing when no pause is planned', () => {
    const none: PauseState = { ...AT_TEN, plan: { atMs: null, reason: 'noActiveHours' } };
    const result = transition(none, alarm(), OFFICE, june(1, 10, 30));
    expect({ isDelivery: isDelivery(result), logged: result.logged }).toMatchObject({
      isDelivery: false,
      logged: [],
    });
  });
});

describe("'started' (the browser starts, the extension is updated)", () => {
  const started: PauseEvent = { type: 'started' };
  const delivered = planned(
    { kind: 'delivered', dueAtMs: june(1, 10), cardId: 'q1' },
    june(1, 10),
    june(1, 10),
  );
  const taking = planned(
    { kind: 'taking', sinceMs: june(1, 10, 2), cardId: 'q1' },
    june(1, 10),
    june(1, 10, 2),
  );
  const pausedUntilTomorrow = planned(
    { kind: 'paused', untilMs: june(2, 9) },
    june(1, 10),
    june(1, 11),
  );
  const pausedForAnHour = planned(
    { kind: 'paused', untilMs: june(1, 11) },
    june(1, 9, 50),
    june(1, 10),
  );
  it.each([
    [
      'a little late: the pause comes now',
      AT_TEN,
      june(1, 10, 33),
      {
        logged: [],
        phase: 'waiting',
        anchor: clock(june(1, 10)),
        next: clock(june(1, 10, 33)),
        reason: 'dueNow',
      },
    ],
    [
      'exactly the natural break late: it still comes now',
      AT_TEN,
      june(1, 10, 35),
      {
        logged: [],
        next: clock(june(1, 10, 35)),
        reason: 'dueNow',
      },
    ],
    [
      'more than the natural break late: missed, the interval starts now',
      AT_TEN,
      june(1, 10, 36),
      {
        logged: [{ outcome: 'missed', atMs: june(1, 10, 30) }],
        phase: 'waiting',
        anchor: clock(june(1, 10, 36)),
        next: clock(june(1, 11, 6)),
      },
    ],
    [
      'the next morning: missed, then 09:30',
      AT_TEN,
      june(2, 8),
      {
        logged: [{ outcome: 'missed', atMs: june(1, 10, 30) }],
        next: clock(june(2, 9, 30)),
        reason: 'windowOpens',
      },
    ],
    [
      'in time, not due: unchanged',
      AT_TEN,
      june(1, 10, 10),
      {
        logged: [],
        phase: 'waiting',
        anchor: clock(june(1, 10)),
        next: clock(june(1, 10, 30)),
      },
    ],
    [
      'with a pause announced: missed, and reset',
      delivered,
      june(1, 10, 10),
      {
        logged: [{ outcome: 'missed', atMs: june(1, 10) }],
        phase: 'waiting',
        anchor: clock(june(1, 10, 10)),
        next: clock(june(1, 10, 40)),
      },
    ],
    [
      'with a pause announced, hours later: both missed',
      delivered,
      june(1, 14),
      {
        logged: [
          { outcome: 'missed', atMs: june(1, 10) },
          { outcome: 'missed', atMs: june(1, 10, 30) },
        ],
        phase: 'waiting',
        anchor: clock(june(1, 14)),
        next: clock(june(1, 14, 30)),
      },
    ],
    [
      'with the pause page open: reset',
      taking,
      june(1, 10, 5),
      {
        logged: [{ outcome: 'missed', atMs: june(1, 10, 2) }],
        phase: 'waiting',
        anchor: clock(june(1, 10, 5)),
        next: clock(june(1, 10, 35)),
      },
    ],
    [
      'with reminders paused until tomorrow: still paused',
      pausedUntilTomorrow,
      june(1, 15),
      {
        logged: [],
        phase: 'paused',
        next: clock(june(2, 9, 30)),
      },
    ],
    [
      'after reminders paused for an hour ran out, long ago: missed, from now',
      pausedForAnHour,
      june(1, 13),
      {
        logged: [{ outcome: 'missed', atMs: june(1, 11, 30) }],
        phase: 'waiting',
        anchor: clock(june(1, 13)),
        next: clock(june(1, 13, 30)),
      },
    ],
  ] as const)('%s', (_name, state, nowMs, expected) => {
    expect(summary(transition(state, started, OFFICE, nowMs))).toMatchObject(expected);
  });

  it('forgets an idle time from before the restart', () => {
    const idle = planned(WAITING, june(1, 10), june(1, 10, 10), { idleSinceMs: june(1, 10, 10) });
    expect(transition(idle, started, OFFICE, june(1, 10, 12)).state.idleSinceMs).toBeNull();
  });

  it('records nothing when no pause was planned', () => {
    const preferences = { ...OFFICE, activeEndMinute: 9 * 60 + 10 };
    const none = planned(WAITING, june(1, 10), june(1, 10), { preferences });
    expect(nextOf(none)).toBeNull();
    expect(transition(none, started, preferences, june(3, 10)).logged).toEqual([]);
  });
});

describe('idle-changed', () => {
  const idleChanged = (idleState: 'active' | 'idle' | 'locked'): PauseEvent => ({
    type: 'idle-changed',
    idleState,
  });
  const idleSince = (sinceMs: number, state: PauseState = AT_TEN) => ({
    ...state,
    idleSinceMs: sinceMs,
  });
  const pausedIdle = idleSince(
    june(1, 10),
    planned({ kind: 'paused', untilMs: june(1, 11) }, june(1, 9, 30), june(1, 10)),
  );
  const deliveredIdle = idleSince(
    june(1, 10, 31),
    planned(
      { kind: 'delivered', dueAtMs: june(1, 10, 30), cardId: 'q1' },
      june(1, 10, 30),
      june(1, 10, 30),
    ),
  );
  it.each([
    [
      'idle: since a minute ago, and the pause waits',
      AT_TEN,
      'idle',
      june(1, 10, 10),
      {
        logged: [],
        idleSince: clock(june(1, 10, 10) - IDLE_DETECTION_SECONDS * 1000),
        next: clock(june(1, 10, 40)),
        reason: 'away',
      },
    ],
    [
      'locked: since now',
      AT_TEN,
      'locked',
      june(1, 10, 10),
      {
        logged: [],
        idleSince: clock(june(1, 10, 10)),
        reason: 'away',
      },
    ],
    [
      'locked after idle: since it went idle',
      idleSince(june(1, 10, 9)),
      'locked',
      june(1, 10, 12),
      {
        idleSince: clock(june(1, 10, 9)),
      },
    ],
    [
      'back after exactly the natural break: a break, the interval starts now',
      idleSince(june(1, 10, 9)),
      'active',
      june(1, 10, 14),
      {
        logged: [{ outcome: 'natural-break', atMs: june(1, 10, 14), awayMs: 5 * MINUTE_MS }],
        phase: 'waiting',
        anchor: clock(june(1, 10, 14)),
        idleSince: null,
        next: clock(june(1, 10, 44)),
        reason: 'interval',
      },
    ],
    [
      'back after a long break from an announced pause: a break, not a miss',
      deliveredIdle,
      'active',
      june(1, 11, 31),
      {
        logged: [{ outcome: 'natural-break', atMs: june(1, 11, 31), awayMs: 60 * MINUTE_MS }],
        phase: 'waiting',
        next: clock(june(1, 12, 1)),
      },
    ],
    [
      'back shortly, the pause due meanwhile: it comes now',
      idleSince(june(1, 10, 28)),
      'active',
      june(1, 10, 31),
      {
        logged: [],
        phase: 'waiting',
        anchor: clock(june(1, 10)),
        idleSince: null,
        next: clock(june(1, 10, 31)),
        reason: 'dueNow',
      },
    ],
    [
      'back shortly, nothing due: the plan as before',
      idleSince(june(1, 10, 10)),
      'active',
      june(1, 10, 12),
      {
        logged: [],
        anchor: clock(june(1, 10)),
        idleSince: null,
        next: clock(june(1, 10, 30)),
        reason: 'interval',
      },
    ],
    [
      'back after a break with reminders paused: still paused',
      pausedIdle,
      'active',
      june(1, 10, 30),
      {
        logged: [{ outcome: 'natural-break', atMs: june(1, 10, 30), awayMs: 30 * MINUTE_MS }],
        phase: 'paused',
        next: clock(june(1, 11, 30)),
      },
    ],
    [
      'active without having been away: nothing',
      AT_TEN,
      'active',
      june(1, 10, 12),
      {
        logged: [],
        anchor: clock(june(1, 10)),
        idleSince: null,
        next: clock(june(1, 10, 30)),
      },
    ],
  ] as const)('%s', (_name, state, idleState, nowMs, expected) => {
    expect(summary(transition(state, idleChanged(idleState), OFFICE, nowMs))).toMatchObject(
      expected,
    );
  });

  it('lets the pause come on a short return: idle, back, the alarm', () => {
    // Idle at 10:29 (since 10:28) moves the alarm to 10:59; back at 10:31, the 10:30 pause comes.
    let state = AT_TEN;
    const idle = transition(state, idleChanged('idle'), OFFICE, june(1, 10, 29));
    expect(summary(idle)).toMatchObject({ next: clock(june(1, 10, 59)), reason: 'away' });
    state = idle.state;
    const back = transition(state, idleChanged('active'), OFFICE, june(1, 10, 31));
    expect(summary(back)).toMatchObject({
      logged: [],
      next: clock(june(1, 10, 31)),
      reason: 'dueNow',
    });
    const due = transition(back.state, { type: 'alarm', isIdle: false }, OFFICE, june(1, 10, 31));
    expect(isDelivery(due)).toBe(true);
    expect(due.state.phase).toMatchObject({ kind: 'delivered', dueAtMs: june(1, 10, 31) });
  });
});

describe('snooze, pause and resume', () => {
  const delivered = planned(
    { kind: 'delivered', dueAtMs: june(1, 10, 30), cardId: 'q1' },
    june(1, 10, 30),
    june(1, 10, 30),
  );
  it.each([
    [
      '"Later, 10 min": the pause comes when the snooze ends',
      delivered,
      { type: 'pause-snoozed', minutes: 10 },
      june(1, 10, 31),
      {
        logged: [],
        phase: 'snoozed',
        next: clock(june(1, 10, 41)),
        reason: 'snoozeEnds',
      },
    ],
    [
      'a snooze past the window: tomorrow 09:30',
      delivered,
      { type: 'pause-snoozed', minutes: 5 },
      june(1, 16, 58),
      {
        phase: 'snoozed',
        next: clock(june(2, 9, 30)),
        reason: 'windowOpens',
      },
    ],
    [
      'paused for an hour: an interval after it',
      AT_TEN,
      { type: 'reminders-paused', span: 'hour' },
      june(1, 10, 10),
      {
        phase: 'paused',
        next: clock(june(1, 11, 40)),
      },
    ],
    [
      'paused until tomorrow: 09:30 tomorrow',
      AT_TEN,
      { type: 'reminders-paused', span: 'tomorrow' },
      june(1, 10, 10),
      {
        phase: 'paused',
        next: clock(june(2, 9, 30)),
      },
    ],
    [
      'paused until tomorrow on a Friday: Monday 09:30',
      planned(WAITING, june(5, 10), june(5, 10)),
      { type: 'reminders-paused', span: 'tomorrow' },
      june(5, 10, 10),
      {
        phase: 'paused',
        next: clock(june(8, 9, 30)),
      },
    ],
    [
      'resumed: the interval starts now',
      planned({ kind: 'paused', untilMs: june(2, 9) }, june(1, 10), june(1, 10)),
      { type: 'reminders-resumed' },
      june(1, 10, 15),
      {
        logged: [],
        phase: 'waiting',
        anchor: clock(june(1, 10, 15)),
        next: clock(june(1, 10, 45)),
      },
    ],
    [
      'resumed from a snooze: the interval starts now',
      planned({ kind: 'snoozed', untilMs: june(1, 10, 40) }, june(1, 10), june(1, 10)),
      { type: 'reminders-resumed' },
      june(1, 10, 35),
      {
        phase: 'waiting',
        anchor: clock(june(1, 10, 35)),
        next: clock(june(1, 11, 5)),
      },
    ],
    [
      'resumed when nothing was paused: unchanged',
      AT_TEN,
      { type: 'reminders-resumed' },
      june(1, 10, 15),
      {
        phase: 'waiting',
        anchor: clock(june(1, 10)),
        next: clock(june(1, 10, 30)),
      },
    ],
    [
      'any event after a pause of reminders ended: on again, counting from its end',
      planned({ kind: 'paused', untilMs: june(1, 11) }, june(1, 9), june(1, 10)),
      { type: 'preferences-changed', changedFields: ['language'] },
      june(1, 11, 10),
      {
        phase: 'waiting',
        anchor: clock(june(1, 11)),
        next: clock(june(1, 11, 30)),
      },
    ],
  ] as const)('%s', (_name, state, event, nowMs, expected) => {
    expect(summary(transition(state, event, OFFICE, nowMs))).toMatchObject(expected);
  });

  it('delivers the snoozed pause when its alarm goes off', () => {
    const snoozed = transition(
      delivered,
      { type: 'pause-snoozed', minutes: 10 },
      OFFICE,
      june(1, 10, 31),
    );
    const due = transition(
      snoozed.state,
      { type: 'alarm', isIdle: false },
      OFFICE,
      june(1, 10, 41),
    );
    expect(isDelivery(due)).toBe(true);
    expect(due.state.phase).toMatchObject({ kind: 'delivered', dueAtMs: june(1, 10, 41) });
  });

  it('brings pauses back by themselves an interval after an hour off', () => {
    const paused = transition(
      AT_TEN,
      { type: 'reminders-paused', span: 'hour' },
      OFFICE,
      june(1, 10, 10),
    );
    const early = transition(
      paused.state,
      { type: 'alarm', isIdle: false },
      OFFICE,
      june(1, 11, 39),
    );
    expect(isDelivery(early)).toBe(false);
    const due = transition(paused.state, { type: 'alarm', isIdle: false }, OFFICE, june(1, 11, 40));
    expect(isDelivery(due)).toBe(true);
  });
});

describe('a pause taken', () => {
  const delivered = planned(
    { kind: 'delivered', dueAtMs: june(1, 10, 30), cardId: 'q1' },
    june(1, 10, 30),
    june(1, 10, 30),
  );
  it('opens the pause with the card announced, and plans the next after its breathing guide', () => {
    const opened = transition(delivered, { type: 'pause-opened' }, OFFICE, june(1, 10, 32));
    expect(opened.state.phase).toEqual({ kind: 'taking', sinceMs: june(1, 10, 32), cardId: 'q1' });
    expect(nextOf(opened.state)).toBe(june(1, 11, 2) + OFFICE.pauseSeconds * 1000);
    expect(opened.logged).toEqual([]);
  });

  it('keeps the first opening when the page opens again', () => {
    const opened = transition(delivered, { type: 'pause-opened' }, OFFICE, june(1, 10, 32));
    const again = transition(opened.state, { type: 'pause-opened' }, OFFICE, june(1, 10, 33));
    expect(again.state.phase).toEqual(opened.state.phase);
  });

  it('opens a pause asked for without a card', () => {
    expect(
      transition(AT_TEN, { type: 'pause-opened' }, OFFICE, june(1, 10, 5)).state.phase,
    ).toEqual({
      kind: 'taking',
      sinceMs: june(1, 10, 5),
      cardId: null,
    });
  });

  it.each([
    ['with a note', 'Ik mag twijfelen.'],
    ['without a note', ''],
  ])('records "Klaar" %s and starts the interval again', (_name, note) => {
    const opened = transition(delivered, { type: 'pause-opened' }, OFFICE, june(1, 10, 32));
    const done = transition(
      opened.state,
      { type: 'pause-finished', note },
      OFFICE,
      june(1, 10, 34),
    );
    expect(done.logged).toEqual([
      { outcome: 'taken', atMs: june(1, 10, 34), cardId: 'q1', note, startedAtMs: june(1, 10, 32) },
    ]);
    expect(summary(done)).toMatchObject({
      isDelivery: false,
      phase: 'waiting',
      anchor: clock(june(1, 10, 34)),
      next: clock(june(1, 11, 4)),
    });
  });
  it('leaves paused reminders paused when a pause is taken meanwhile', () => {
    const paused = planned({ kind: 'paused', untilMs: june(1, 12) }, june(1, 10), june(1, 10, 5));
    const opened = transition(paused, { type: 'pause-opened' }, OFFICE, june(1, 10, 10));
    expect(opened.state.phase).toEqual({ kind: 'paused', untilMs: june(1, 12) });
    const done = transition(
      opened.state,
      { type: 'pause-finished', note: '' },
      OFFICE,
      june(1, 10, 12),
    );
    expect(done.logged).toEqual([
      { outcome: 'taken', atMs: june(1, 10, 12), cardId: null, note: '' },
    ]);
    expect(summary(done)).toMatchObject({ phase: 'paused', next: clock(june(1, 12, 30)) });
  });
});

describe('preferences-changed', () => {
  it.each([
    [
      'a new interval: it starts afresh',
      AT_TEN,
      ['intervalMinutes'],
      { ...OFFICE, intervalMinutes: 45 },
      june(1, 10, 10),
      {
        anchor: clock(june(1, 10, 10)),
        next: clock(june(1, 10, 55)),
      },
    ],
    [
      'another language: the plan stays',
      AT_TEN,
      ['language'],
      { ...OFFICE, language: 'en' },
      june(1, 10, 10),
      {
        anchor: clock(june(1, 10)),
        next: clock(june(1, 10, 30)),
      },
    ],
    [
      'Saturday made active on a Saturday: an interval from now, not at once',
      planned(WAITING, june(5, 17), june(5, 17)),
      ['activeDays'],
      { ...OFFICE, activeDays: [1, 2, 3, 4, 5, 6] },
      june(6, 11),
      {
        anchor: clock(june(6, 11)),
        next: clock(june(6, 11, 30)),
        reason: 'interval',
      },
    ],
    [
      'hours shortened below the interval: no pause',
      AT_TEN,
      ['activeEndMinute'],
      { ...OFFICE, activeStartMinute: 9 * 60, activeEndMinute: 9 * 60 + 20 },
      june(1, 10, 10),
      {
        next: null,
        reason: 'noActiveHours',
      },
    ],
  ] as const)('%s', (_name, state, changedFields, preferences, nowMs, expected) => {
    const event: PauseEvent = { type: 'preferences-changed', changedFields };
    expect(summary(transition(state, event, preferences as Preferences, nowMs))).toMatchObject(
      expected,
    );
  });
});

describe('the efficiency target', () => {
  /**
   * Runs the alarms of one day as the background would: each goes off at the planned time (or
   * `lateMs` after it, twice when `firesTwice`), nobody answers. Returns the moments delivered.
   */
  function runMonday(lateMs: number, firesTwice: boolean) {
    let state = createPauseState(OFFICE, june(1, 7));
    const deliveredMs: number[] = [];
    const missedMs: number[] = [];
    for (let dueMs = nextOf(state); dueMs !== null && dueMs < june(2, 0); dueMs = nextOf(state)) {
      const nowMs = dueMs + lateMs;
      for (let firing = 0; firing < (firesTwice ? 2 : 1); firing++) {
        const result = transition(state, { type: 'alarm', isIdle: false }, OFFICE, nowMs);
        if (isDelivery(result) && result.state.phase.kind === 'delivered') {
          deliveredMs.push(result.state.phase.dueAtMs);
        }
        missedMs.push(...result.logged.map((entry) => entry.atMs));
        state = result.state;
      }
    }
    return { deliveredMs, missedMs, state };
  }
  const HALF_HOURS = Array.from(
    { length: 16 },
    (_, index) => june(1, 9, 30) + index * 30 * MINUTE_MS,
  );

  it.each([
    ['on time', 0, false],
    ['each alarm going off twice', 0, true],
    ['each alarm 45 seconds late (no drift)', 45_000, false],
  ])(
    'delivers exactly 16 pauses on a Monday 09:00–17:00, 09:30 to 17:00 (%s)',
    (_name, lateMs, firesTwice) => {
      const { deliveredMs, missedMs, state } = runMonday(lateMs, firesTwice);
      expect(deliveredMs.map(clock)).toEqual(HALF_HOURS.map(clock));
      expect(clock(HALF_HOURS.at(-1) ?? 0)).toBe(clock(june(1, 17)));
      // Each unanswered pause is recorded missed when the next comes; the last one still waits.
      expect(missedMs.map(clock)).toEqual(HALF_HOURS.slice(0, -1).map(clock));
      expect(clock(nextOf(state) ?? 0)).toBe(clock(june(2, 9, 30)));
      expect(reasonOf(state)).toBe('windowOpens');
    },
  );
});

describe('what the attacks found', () => {
  it('keeps reminders paused until tomorrow when "Later" comes from a page open from before', () => {
    const tomorrow = june(2, 9);
    const paused = planned({ kind: 'paused', untilMs: tomorrow }, june(1, 10), june(1, 10));
    const later = transition(paused, { type: 'pause-snoozed', minutes: 5 }, OFFICE, june(1, 10, 5));
    expect(later.state.phase).toEqual({ kind: 'paused', untilMs: tomorrow });
    expect(nextOf(later.state)).toBe(june(2, 9, 30));
  });

  it('leaves the schedule where the first "Klaar" put it when the same pause ends again', () => {
    const opened = transition(AT_TEN, { type: 'pause-opened' }, OFFICE, june(1, 10, 5));
    const first = transition(
      opened.state,
      { type: 'pause-finished', note: 'Een', startedAtMs: june(1, 10, 5), isRepeat: false },
      OFFICE,
      june(1, 10, 6),
    );
    const again = transition(
      first.state,
      { type: 'pause-finished', note: 'Een', startedAtMs: june(1, 10, 5), isRepeat: true },
      OFFICE,
      june(1, 10, 9),
    );
    expect(again.state).toEqual(first.state);
    expect(again.logged).toEqual([
      {
        outcome: 'taken',
        atMs: june(1, 10, 9),
        cardId: null,
        note: 'Een',
        startedAtMs: june(1, 10, 5),
      },
    ]);
  });

  it('plans again from a new interval it was never told of, at the next event', () => {
    // The settings stored 7 minutes; the message to the background was lost with its worker.
    const quick = { ...OFFICE, intervalMinutes: 7 };
    const woke = transition(AT_TEN, { type: 'woke' }, quick, june(1, 10, 10));
    expect(summary(woke)).toMatchObject({
      anchor: clock(june(1, 10, 10)),
      next: clock(june(1, 10, 17)),
    });
    expect(woke.state.plannedWith).toEqual(quick);
  });

  it('keeps a pause due when the worker starts: its alarm decides, on time or missed', () => {
    const due = planned(WAITING, june(1, 10), june(1, 10));
    const woke = transition(due, { type: 'woke' }, OFFICE, june(1, 12));
    expect(woke.state).toBe(due);
    expect(woke.logged).toEqual([]);
    // The browser was closed meanwhile: the alarm after start finds it missed, not due now.
    const started = transition(woke.state, { type: 'started' }, OFFICE, june(1, 12));
    expect(started.logged).toEqual([{ outcome: 'missed', atMs: june(1, 10, 30) }]);
  });

  it('plans again when the worker starts with no plan to believe', () => {
    const unplanned: PauseState = { ...AT_TEN, plan: null };
    expect(transition(unplanned, { type: 'woke' }, OFFICE, june(1, 10, 10)).state).toMatchObject({
      plan: { atMs: june(1, 10, 30), reason: 'interval' },
    });
  });
});

describe('a pause due during a call or in full screen', () => {
  const inCall: PauseEvent = { type: 'alarm', isIdle: false, busy: { ...NOT_BUSY, call: true } };
  const free: PauseEvent = { type: 'alarm', isIdle: false, busy: NOT_BUSY };

  /** Runs the alarm at each of its looks until the pause is announced; the looks it took. */
  function runUntilAnnounced(start: PauseState, busyUntilMs: number) {
    let state = start;
    const looks: number[] = [];
    for (let step = 0; step < 200; step += 1) {
      const atMs = nextOf(state) ?? Number.NaN;
      looks.push(atMs);
      const result = transition(state, atMs < busyUntilMs ? inCall : free, OFFICE, atMs);
      state = result.state;
      if (isDelivery(result)) return { result, looks };
    }
    throw new Error('Never announced');
  }

  it('waits, held for the call, and looks again a minute later', () => {
    const result = transition(AT_TEN, inCall, OFFICE, june(1, 10, 30));
    expect(summary(result)).toEqual({
      isDelivery: false,
      logged: [],
      phase: 'waiting',
      anchor: clock(june(1, 10)),
      idleSince: null,
      next: clock(june(1, 10, 31)),
      reason: 'busy',
    });
    expect(result.state.held).toEqual({ sinceMs: june(1, 10, 30), signal: 'call' });
    expect(result.effects).toEqual(['store', 'set-alarm']);
  });

  it('comes within a minute of the end of a 40-minute call, and the next an interval after it', () => {
    const { result, looks } = runUntilAnnounced(AT_TEN, june(1, 11, 10));
    expect(looks).toHaveLength(41);
    expect(clock(looks.at(-1) ?? 0)).toBe(clock(june(1, 11, 10)));
    expect(result.state.phase).toMatchObject({ kind: 'delivered' });
    expect(result.state.phase).not.toHaveProperty('quietly');
    expect(result.state.held).toBeUndefined();
    expect(clock(nextOf(result.state) ?? 0)).toBe(clock(june(1, 11, 40)));
    expect(result.logged).toEqual([]);
  });

  it('waits an hour at most, then comes quietly, by the dot alone', () => {
    const { result, looks } = runUntilAnnounced(AT_TEN, june(1, 14));
    expect(looks).toHaveLength(61);
    expect(clock(looks.at(-1) ?? 0)).toBe(clock(june(1, 11, 30)));
    expect(result.state.phase).toMatchObject({ kind: 'delivered', quietly: true });
    expect(result.effects).toContain('announce');
  });

  it('misses a pause still announced when the next one waits, and takes its notification back', () => {
    const delivered = planned(
      { kind: 'delivered', dueAtMs: june(1, 10), cardId: 'quote-walls' },
      june(1, 10),
      june(1, 10),
    );
    const result = transition(delivered, inCall, OFFICE, june(1, 10, 30));
    expect(result.logged).toEqual([{ outcome: 'missed', atMs: june(1, 10) }]);
    expect(result.state.phase).toEqual({ kind: 'waiting' });
    expect(result.effects).toEqual(['store', 'set-alarm', 'withdraw']);
  });

  it('waits no longer than the active hours: a call past their end lets the pause go, without a word', () => {
    const lateAfternoon = planned(WAITING, june(1, 16, 20), june(1, 16, 20));
    const { looks, state } = (() => {
      let current = lateAfternoon;
      const times: number[] = [];
      for (let step = 0; step < 20; step += 1) {
        const atMs = nextOf(current) ?? Number.NaN;
        if (atMs > june(1, 17)) break;
        times.push(atMs);
        const result = transition(current, inCall, OFFICE, atMs);
        expect(isDelivery(result)).toBe(false);
        expect(result.logged).toEqual([]);
        current = result.state;
      }
      return { looks: times, state: current };
    })();
    expect(looks).toHaveLength(11);
    expect(clock(looks.at(-1) ?? 0)).toBe(clock(june(1, 17)));
    expect(state.held).toBeUndefined();
    expect(reasonOf(state)).toBe('windowOpens');
    expect(clock(nextOf(state) ?? 0)).toBe(clock(june(2, 9, 30)));
  });

  it('forgets the hold when the pause is taken from the popup meanwhile', () => {
    const held = transition(AT_TEN, inCall, OFFICE, june(1, 10, 30)).state;
    const opened = transition(held, { type: 'pause-opened' }, OFFICE, june(1, 10, 35)).state;
    expect(opened.held).toBeUndefined();
    expect(opened.phase.kind).toBe('taking');
  });
});

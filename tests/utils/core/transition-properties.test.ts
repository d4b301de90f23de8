import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUSY_WAIT_MAX_MINUTES, findHoldingSignal, NOT_BUSY } from '@/utils/core/busy';
import {
  type PauseEvent,
  type PauseState,
  type Plan,
  SNOOZE_MINUTES,
  type SnoozeMinutes,
  type Transition,
} from '@/utils/core/pause-model';
import { listChangedFields, type Preferences } from '@/utils/core/preferences';
import { MS_PER_MINUTE, planNextPause } from '@/utils/core/schedule';
import { transition } from '@/utils/core/transition';
import { isDelivery as isAnnounced, nextOf } from '../../helpers/pause';
import {
  buildState,
  expectPlanObeysRules,
  nowArb,
  preferencesArb,
  stateSpecArb,
} from '../../helpers/plan-rules';

// vitest.config.ts pins TZ to Europe/Amsterdam. Every time below is local (Amsterdam) time.
// 2026-06-01 is a Monday; 2026-03-29 (a Sunday) springs forward, 2026-10-25 (a Sunday) falls back.

/** Event sequences are longer, so fewer of them. */
const SEQUENCE_RUNS = 300;

const MINUTE_MS = MS_PER_MINUTE;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

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
    // Often nothing on; sometimes a call, a full-screen window or sound.
    busy: fc.option(
      fc.record({ call: fc.boolean(), fullscreen: fc.boolean(), sound: fc.boolean() }),
      { freq: 2 },
    ),
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
    expect(event).toMatchObject({ type: 'alarm', isIdle: false });
    // Out loud only when nothing the user asked about holds it back; quietly only after the
    // longest wait.
    const holding =
      event.type === 'alarm' ? findHoldingSignal(event.busy ?? NOT_BUSY, preferences) : null;
    const phase = state.phase as { quietly?: boolean };
    if (phase.quietly) {
      expect(previous.held).toBeDefined();
      expect(nowMs - (previous.held?.sinceMs ?? nowMs)).toBeGreaterThanOrEqual(
        BUSY_WAIT_MAX_MINUTES * MINUTE_MS,
      );
    } else {
      expect(holding).toBeNull();
    }
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
  // Never a pause held without a plan to look again; never one held but waiting.
  if (state.held) {
    expect(state.phase.kind).toBe('waiting');
    expect(planOf(state).reason).toBe('busy');
    expect(planOf(state).atMs).not.toBeNull();
  }
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
              event = {
                type: 'alarm',
                isIdle: step.isIdle,
                ...(step.busy ? { busy: step.busy } : {}),
              };
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

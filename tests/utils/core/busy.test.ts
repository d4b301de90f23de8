import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUSY_RECHECK_MINUTES,
  BUSY_SIGNALS,
  BUSY_WAIT_MAX_MINUTES,
  type BusyHold,
  type BusySignals,
  decideAnnouncement,
  NOT_BUSY,
} from '@/utils/core/busy';

const MINUTE_MS = 60_000;
const NOW = new Date(2026, 5, 1, 10, 30).getTime();
const CALL: BusySignals = { ...NOT_BUSY, call: true };
const FULLSCREEN: BusySignals = { ...NOT_BUSY, fullscreen: true };
const SOUND: BusySignals = { ...NOT_BUSY, sound: true };
const DEFAULTS = { waitWhileBusy: true, waitWhileSound: false };
const HOLD_ALL = { waitWhileBusy: true, waitWhileSound: true };
const HOLD_NONE = { waitWhileBusy: false, waitWhileSound: false };

describe('whether a due pause is announced or waits', () => {
  it.each([
    ['nothing on: now', NOT_BUSY, DEFAULTS, null, { kind: 'announce', quietly: false }],
    [
      'a call: waits a minute',
      CALL,
      DEFAULTS,
      null,
      { kind: 'wait', untilMs: NOW + MINUTE_MS, hold: { sinceMs: NOW, signal: 'call' } },
    ],
    [
      'full screen: waits a minute',
      FULLSCREEN,
      DEFAULTS,
      null,
      { kind: 'wait', untilMs: NOW + MINUTE_MS, hold: { sinceMs: NOW, signal: 'fullscreen' } },
    ],
    ['sound, by default: now', SOUND, DEFAULTS, null, { kind: 'announce', quietly: false }],
    [
      'sound, when chosen: waits',
      SOUND,
      HOLD_ALL,
      null,
      { kind: 'wait', untilMs: NOW + MINUTE_MS, hold: { sinceMs: NOW, signal: 'sound' } },
    ],
    [
      'a call, waiting turned off: now',
      CALL,
      HOLD_NONE,
      null,
      { kind: 'announce', quietly: false },
    ],
    [
      'a call and full screen: the call is named',
      { ...CALL, fullscreen: true },
      DEFAULTS,
      null,
      { kind: 'wait', untilMs: NOW + MINUTE_MS, hold: { sinceMs: NOW, signal: 'call' } },
    ],
    [
      'a call on after 30 minutes of waiting: keeps its start',
      CALL,
      DEFAULTS,
      { sinceMs: NOW - 30 * MINUTE_MS, signal: 'fullscreen' },
      {
        kind: 'wait',
        untilMs: NOW + MINUTE_MS,
        hold: { sinceMs: NOW - 30 * MINUTE_MS, signal: 'call' },
      },
    ],
    [
      'half a minute before the longest wait: looks again at its end',
      CALL,
      DEFAULTS,
      { sinceMs: NOW - 59.5 * MINUTE_MS, signal: 'call' },
      {
        kind: 'wait',
        untilMs: NOW + 0.5 * MINUTE_MS,
        hold: { sinceMs: NOW - 59.5 * MINUTE_MS, signal: 'call' },
      },
    ],
    [
      'an hour of waiting: announced quietly',
      CALL,
      DEFAULTS,
      { sinceMs: NOW - 60 * MINUTE_MS, signal: 'call' },
      { kind: 'announce', quietly: true },
    ],
    [
      'the call over after 50 minutes: now, as usual',
      NOT_BUSY,
      DEFAULTS,
      { sinceMs: NOW - 50 * MINUTE_MS, signal: 'call' },
      { kind: 'announce', quietly: false },
    ],
    [
      'a hold said to start ahead of now (a clock set back): counts from now',
      CALL,
      DEFAULTS,
      { sinceMs: NOW + 10 * MINUTE_MS, signal: 'call' },
      { kind: 'wait', untilMs: NOW + MINUTE_MS, hold: { sinceMs: NOW, signal: 'call' } },
    ],
  ] as const)('%s', (_name, signals, preferences, hold, expected) => {
    expect(decideAnnouncement(signals, preferences, hold, NOW)).toEqual(expected);
  });
});

describe('every decision', () => {
  const signalsArb = fc.record({
    call: fc.boolean(),
    fullscreen: fc.boolean(),
    sound: fc.boolean(),
  });
  const preferencesArb = fc.record({ waitWhileBusy: fc.boolean(), waitWhileSound: fc.boolean() });
  const holdArb: fc.Arbitrary<BusyHold | null> = fc.option(
    fc.record({
      sinceMs: fc.integer({ min: NOW - 3 * 60 * MINUTE_MS, max: NOW + 10 * MINUTE_MS }),
      signal: fc.constantFrom(...BUSY_SIGNALS),
    }),
  );
  const isBusyFor = (signals: BusySignals, preferences: typeof DEFAULTS) =>
    (preferences.waitWhileBusy && (signals.call || signals.fullscreen)) ||
    (preferences.waitWhileSound && signals.sound);

  it('never announces out loud while busy, never waits past the longest wait, and always looks again', () => {
    fc.assert(
      fc.property(signalsArb, preferencesArb, holdArb, (signals, preferences, hold) => {
        const decision = decideAnnouncement(signals, preferences, hold, NOW);
        const busy = isBusyFor(signals, preferences);
        if (decision.kind === 'announce') {
          // Out loud only when nothing holds it; quietly only after the longest wait.
          expect(decision.quietly).toBe(busy);
          return;
        }
        expect(busy).toBe(true);
        // Always a next look, in the future, at most a minute on, never past the longest wait.
        expect(decision.untilMs).toBeGreaterThan(NOW);
        expect(decision.untilMs).toBeLessThanOrEqual(NOW + BUSY_RECHECK_MINUTES * MINUTE_MS);
        expect(decision.untilMs).toBeLessThanOrEqual(
          decision.hold.sinceMs + BUSY_WAIT_MAX_MINUTES * MINUTE_MS,
        );
        expect(decision.hold.sinceMs).toBeLessThanOrEqual(NOW);
      }),
    );
  });

  it('waits at most the longest wait, however long the call: each look keeps the start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), (callMinutes) => {
        let hold: BusyHold | null = null;
        let nowMs = NOW;
        const endMs = NOW + callMinutes * MINUTE_MS;
        for (;;) {
          const decision = decideAnnouncement(
            nowMs < endMs ? CALL : NOT_BUSY,
            DEFAULTS,
            hold,
            nowMs,
          );
          if (decision.kind === 'announce') break;
          hold = decision.hold;
          nowMs = decision.untilMs;
        }
        expect(nowMs - NOW).toBeLessThanOrEqual(BUSY_WAIT_MAX_MINUTES * MINUTE_MS);
        // Within a minute of the call's end, when it ends before the longest wait.
        if (callMinutes < BUSY_WAIT_MAX_MINUTES) {
          expect(nowMs - endMs).toBeLessThan(BUSY_RECHECK_MINUTES * MINUTE_MS);
        }
      }),
    );
  });
});

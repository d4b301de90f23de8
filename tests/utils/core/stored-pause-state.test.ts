import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messages as nl } from '@/assets/i18n/nl';
import { BUSY_SIGNALS } from '@/utils/core/busy';
import { type PausePhase, type PauseState, PLAN_REASONS } from '@/utils/core/pause-model';
import { describePauseStatus, getPauseStatus } from '@/utils/core/pause-status';
import { sanitizePauseState } from '@/utils/core/stored-pause-state';
import { nextOf, reasonOf } from '../../helpers/pause';

/** Runs of each property over arbitrary stored data. */
const NUM_RUNS = 500;

const NOW_MS = Date.UTC(2026, 5, 1, 10);
const MINUTE_MS = 60_000;

const STATE: PauseState = {
  phase: { kind: 'delivered', dueAtMs: NOW_MS - MINUTE_MS, cardId: 'quote-1' },
  anchorMs: NOW_MS - MINUTE_MS,
  idleSinceMs: null,
  plan: { atMs: NOW_MS + 29 * MINUTE_MS, reason: 'interval' },
};

describe('sanitizePauseState', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'pause'],
    ['a bare state without its envelope', STATE],
    ['an envelope without a state', { schemaVersion: 1 }],
    ['an envelope with a list for a state', { schemaVersion: 1, state: [STATE] }],
  ])('reads %s as no state (the background starts afresh)', (_name, stored) => {
    expect(sanitizePauseState(stored, NOW_MS)).toBeNull();
  });

  it.each<[string, PauseState['phase']]>([
    ['waiting', { kind: 'waiting' }],
    ['delivered', { kind: 'delivered', dueAtMs: NOW_MS, cardId: 'q1' }],
    ['delivered, no card', { kind: 'delivered', dueAtMs: NOW_MS, cardId: null }],
    ['taking', { kind: 'taking', sinceMs: NOW_MS, cardId: 'q1' }],
    ['snoozed', { kind: 'snoozed', untilMs: NOW_MS + 5 * MINUTE_MS }],
    ['paused', { kind: 'paused', untilMs: NOW_MS + 60 * MINUTE_MS }],
  ])('keeps a valid %s state as it was', (_name, phase) => {
    const state = { ...STATE, phase };
    expect(sanitizePauseState({ schemaVersion: 1, state }, NOW_MS)).toEqual(state);
  });

  it.each([
    ['a phase of an unknown kind', { phase: { kind: 'sleeping' } }, { phase: { kind: 'waiting' } }],
    [
      'a delivered phase without its time',
      { phase: { kind: 'delivered', cardId: 'q1' } },
      { phase: { kind: 'waiting' } },
    ],
    [
      'a snooze with a negative end',
      { phase: { kind: 'snoozed', untilMs: -1 } },
      { phase: { kind: 'waiting' } },
    ],
    [
      'a card id that is not text',
      { phase: { kind: 'taking', sinceMs: NOW_MS, cardId: 7 } },
      { phase: { kind: 'taking', sinceMs: NOW_MS, cardId: null } },
    ],
    ['an anchor that is not a number', { anchorMs: '10:00' }, { anchorMs: NOW_MS }],
    ['an anchor that is NaN', { anchorMs: Number.NaN }, { anchorMs: NOW_MS }],
    ['an endless anchor', { anchorMs: Number.POSITIVE_INFINITY }, { anchorMs: NOW_MS }],
    ['an idle time in words', { idleSinceMs: 'a while' }, { idleSinceMs: null }],
    ['a plan in words', { plan: { atMs: 'soon', reason: 'interval' } }, { plan: null }],
    [
      'an unknown reason',
      { plan: { atMs: NOW_MS, reason: 'because' } },
      { plan: { atMs: NOW_MS, reason: 'interval' } },
    ],
    [
      'a plan kept as two fields, as before it was one',
      { plan: undefined, nextPauseAtMs: NOW_MS + MINUTE_MS, nextReason: 'windowOpens' },
      { plan: { atMs: NOW_MS + MINUTE_MS, reason: 'windowOpens' } },
    ],
  ])('repairs %s and keeps the rest', (_name, broken, repaired) => {
    const stored = { schemaVersion: 1, state: { ...STATE, ...broken } };
    expect(sanitizePauseState(stored, NOW_MS)).toEqual({ ...STATE, ...repaired });
  });

  it('makes a state of an empty record: waiting from now, no plan', () => {
    expect(sanitizePauseState({ state: {} }, NOW_MS)).toEqual({
      phase: { kind: 'waiting' },
      anchorMs: NOW_MS,
      idleSinceMs: null,
      plan: null,
    });
  });
});

// Properties over anything that may be stored.

// Every phase, checked by the compiler against the model's union: one more or one less fails.
const PHASE_KINDS = Object.keys({
  waiting: true,
  delivered: true,
  taking: true,
  snoozed: true,
  paused: true,
} satisfies Record<PausePhase['kind'], true>);
const isTime = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A state the rest of the code can rely on: every field of the right kind. */
function expectValidState(state: PauseState): void {
  expect(PHASE_KINDS).toContain(state.phase.kind);
  const { phase } = state;
  if (phase.kind === 'delivered') expect(isTime(phase.dueAtMs)).toBe(true);
  if (phase.kind === 'taking') expect(isTime(phase.sinceMs)).toBe(true);
  if (phase.kind === 'snoozed' || phase.kind === 'paused') expect(isTime(phase.untilMs)).toBe(true);
  if (phase.kind === 'delivered' || phase.kind === 'taking') {
    expect(phase.cardId === null || typeof phase.cardId === 'string').toBe(true);
  }
  expect(isTime(state.anchorMs)).toBe(true);
  expect(state.idleSinceMs === null || isTime(state.idleSinceMs)).toBe(true);
  const atMs = nextOf(state);
  expect(atMs === null || isTime(atMs)).toBe(true);
  expect(PLAN_REASONS).toContain(reasonOf(state));
  if (state.held) {
    expect(state.phase.kind).toBe('waiting');
    expect(isTime(state.held.sinceMs)).toBe(true);
    expect(BUSY_SIGNALS).toContain(state.held.signal);
  }
  if (phase.kind === 'delivered' && 'quietly' in phase) expect(phase.quietly).toBe(true);
}

/** Stored data that is almost right: the right keys, any values. */
const looseStateArb = fc.record(
  {
    phase: fc.oneof(
      fc.record(
        {
          kind: fc.constantFrom(...PHASE_KINDS, 'other'),
          dueAtMs: fc.anything(),
          sinceMs: fc.anything(),
          untilMs: fc.anything(),
          cardId: fc.anything(),
          quietly: fc.oneof(fc.boolean(), fc.anything()),
        },
        { requiredKeys: ['kind'] },
      ),
      fc.anything(),
    ),
    anchorMs: fc.oneof(fc.double(), fc.anything()),
    idleSinceMs: fc.oneof(fc.double(), fc.anything()),
    plan: fc.oneof(
      fc.record({
        atMs: fc.oneof(fc.double(), fc.constant(null), fc.anything()),
        reason: fc.oneof(fc.constantFrom(...PLAN_REASONS), fc.anything()),
      }),
      fc.anything(),
    ),
    held: fc.oneof(
      fc.record({
        sinceMs: fc.oneof(fc.double(), fc.anything()),
        signal: fc.oneof(fc.constantFrom(...BUSY_SIGNALS), fc.anything()),
      }),
      fc.anything(),
    ),
    nextPauseAtMs: fc.oneof(fc.double(), fc.anything()),
    nextReason: fc.oneof(fc.constantFrom(...PLAN_REASONS), fc.anything()),
  },
  { requiredKeys: [] },
);

describe('a stored hold for a call', () => {
  const stored = (state: Record<string, unknown>) => ({ schemaVersion: 1, state });
  const hold = { sinceMs: NOW_MS - 5 * MINUTE_MS, signal: 'call' };

  const WAITING = { ...STATE, phase: { kind: 'waiting' } };

  it('is kept while the pause waits', () => {
    expect(sanitizePauseState(stored({ ...WAITING, held: hold }), NOW_MS)?.held).toEqual(hold);
  });

  it.each([
    ['an unknown signal', { ...hold, signal: 'party' }],
    ['a start ahead of now', { ...hold, sinceMs: NOW_MS + 5 * MINUTE_MS }],
    ['no start', { signal: 'call' }],
    ['junk', 'call'],
  ])('is dropped when it holds %s', (_name, held) => {
    expect(sanitizePauseState(stored({ ...WAITING, held }), NOW_MS)).not.toHaveProperty('held');
  });

  it('is dropped when the pause is no longer waiting', () => {
    const delivered = { kind: 'delivered', dueAtMs: NOW_MS, cardId: null };
    const state = sanitizePauseState(stored({ ...STATE, phase: delivered, held: hold }), NOW_MS);
    expect(state).not.toHaveProperty('held');
  });

  it('keeps a pause announced quietly as such, and nothing else as quiet', () => {
    const phase = { kind: 'delivered', dueAtMs: NOW_MS, cardId: null, quietly: true };
    expect(sanitizePauseState(stored({ ...STATE, phase }), NOW_MS)?.phase).toEqual(phase);
    const odd = { ...phase, quietly: 'yes' };
    expect(sanitizePauseState(stored({ ...STATE, phase: odd }), NOW_MS)?.phase).toEqual({
      kind: 'delivered',
      dueAtMs: NOW_MS,
      cardId: null,
    });
  });
});

describe('stored pause state properties', () => {
  it(`sanitizePauseState never throws and returns null or a valid state (${NUM_RUNS} runs each)`, () => {
    for (const storedArb of [
      fc.anything(),
      fc.jsonValue(),
      fc.record({ schemaVersion: fc.anything(), state: looseStateArb }),
    ]) {
      fc.assert(
        fc.property(storedArb, fc.nat(), (stored, nowMs) => {
          const state = sanitizePauseState(stored, nowMs);
          if (state !== null) expectValidState(state);
        }),
        { numRuns: NUM_RUNS },
      );
    }
  });
});

describe('times in the stored state, believed only within reason', () => {
  const YEAR_MS = 365 * 24 * 60 * MINUTE_MS;
  const storedWith = (state: Record<string, unknown>) => ({ schemaVersion: 1, state });
  const base = { phase: { kind: 'waiting' }, anchorMs: NOW_MS - MINUTE_MS, idleSinceMs: null };

  it.each<[string, Record<string, unknown>, Partial<PauseState>]>([
    ['an anchor past what a Date can hold', { anchorMs: 1e20 }, { anchorMs: NOW_MS }],
    [
      'an anchor a year ahead (a clock that ran fast)',
      { anchorMs: NOW_MS + YEAR_MS },
      { anchorMs: NOW_MS },
    ],
    [
      'reminders paused until 1e20',
      { phase: { kind: 'paused', untilMs: 1e20 } },
      { phase: { kind: 'waiting' } },
    ],
    [
      'reminders paused for a year',
      { phase: { kind: 'paused', untilMs: NOW_MS + YEAR_MS } },
      { phase: { kind: 'waiting' } },
    ],
    [
      'a snooze until 9e15',
      { phase: { kind: 'snoozed', untilMs: 9e15 } },
      { phase: { kind: 'waiting' } },
    ],
    [
      'a snooze of an hour ("Later" is 15 minutes at most)',
      { phase: { kind: 'snoozed', untilMs: NOW_MS + 60 * MINUTE_MS } },
      { phase: { kind: 'waiting' } },
    ],
    [
      'a pause announced tomorrow',
      { phase: { kind: 'delivered', dueAtMs: NOW_MS + 24 * 60 * MINUTE_MS, cardId: 'q' } },
      { phase: { kind: 'waiting' } },
    ],
    [
      'idle since next week',
      { idleSinceMs: NOW_MS + 7 * 24 * 60 * MINUTE_MS },
      { idleSinceMs: null },
    ],
    [
      'a next pause a year away',
      { plan: { atMs: NOW_MS + YEAR_MS, reason: 'interval' } },
      { plan: null },
    ],
    [
      '"no pause fits" with a time',
      { plan: { atMs: NOW_MS + MINUTE_MS, reason: 'noActiveHours' } },
      { plan: null },
    ],
  ])('%s', (_name, stored, expected) => {
    expect(sanitizePauseState(storedWith({ ...base, ...stored }), NOW_MS)).toMatchObject(expected);
  });

  it('keeps times that can be: paused until tomorrow, a snooze of 15 minutes, a plan for Monday', () => {
    const stored = storedWith({
      ...base,
      phase: { kind: 'paused', untilMs: NOW_MS + 3 * 24 * 60 * MINUTE_MS },
      plan: { atMs: NOW_MS + 3 * 24 * 60 * MINUTE_MS + 30 * MINUTE_MS, reason: 'interval' },
    });
    expect(sanitizePauseState(stored, NOW_MS)).toMatchObject({
      phase: { kind: 'paused', untilMs: NOW_MS + 3 * 24 * 60 * MINUTE_MS },
      plan: { atMs: NOW_MS + 3 * 24 * 60 * MINUTE_MS + 30 * MINUTE_MS },
    });
    const snoozed = storedWith({
      ...base,
      phase: { kind: 'snoozed', untilMs: NOW_MS + 15 * MINUTE_MS },
    });
    expect(sanitizePauseState(snoozed, NOW_MS)?.phase.kind).toBe('snoozed');
  });

  it(`gives a state whose status can always be said (${NUM_RUNS} runs)`, () => {
    const time = fc.oneof(
      fc.double({ noNaN: false }),
      fc.constantFrom(1e20, 9e15, -1, NOW_MS + 1e12, NOW_MS),
      fc.integer({ min: 0, max: 8.64e15 }),
    );
    const phase = fc.record({
      kind: fc.constantFrom('waiting', 'delivered', 'taking', 'snoozed', 'paused'),
      dueAtMs: time,
      sinceMs: time,
      untilMs: time,
    });
    fc.assert(
      fc.property(phase, time, time, time, (storedPhase, anchorMs, idleSinceMs, nextPauseAtMs) => {
        const state = sanitizePauseState(
          storedWith({ phase: storedPhase, anchorMs, idleSinceMs, nextPauseAtMs }),
          NOW_MS,
        );
        if (!state) throw new Error('a stored envelope with a state reads as one');
        const status = getPauseStatus(state, NOW_MS);
        if (status) describePauseStatus(status, nl, 'nl', NOW_MS);
        expect(state.anchorMs).toBeLessThanOrEqual(NOW_MS);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

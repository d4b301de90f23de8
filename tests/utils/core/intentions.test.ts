import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerFollowUp,
  commitStep,
  getFollowUpDueMs,
  type Intention,
  isFollowUpDue,
  LOOK_BACKS,
  type LookBack,
  OPEN_INTENTIONS_MAX,
  pickFollowUp,
  planLookBack,
} from '@/utils/core/intentions';
import { DEFAULT_PREFERENCES, type Preferences } from '@/utils/core/preferences';
import { isActiveByClock, nowArb, preferencesArb } from '../../helpers/plan-rules';

// Europe/Amsterdam (vitest.config.ts): 2026's clocks go forward on 29 March, back on 25 October.
const at = (month: number, day: number, hour: number, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute).getTime();
const HOUR_MS = 3_600_000;
const WEEKDAYS_9_TO_5 = DEFAULT_PREFERENCES; // Monday to Friday, 09:00–17:00
const NIGHTS: Preferences = {
  ...DEFAULT_PREFERENCES,
  activeStartMinute: 22 * 60,
  activeEndMinute: 2 * 60,
};
const EVERY_DAY_ALL_DAY: Preferences = {
  ...DEFAULT_PREFERENCES,
  activeDays: [0, 1, 2, 3, 4, 5, 6],
  activeStartMinute: 0,
  activeEndMinute: 0,
};

const open = (
  lookBackAtMs: number,
  id = 'a',
  committedAtMs = lookBackAtMs - HOUR_MS,
): Intention => ({
  id,
  cardId: 'step-start-small',
  stepText: '',
  words: '',
  committedAtMs,
  lookBackAtMs,
  status: 'open',
});

describe('when a look-back is set for', () => {
  it.each<[string, LookBack, Preferences, number, number]>([
    ['later today: two hours on', 'later-today', WEEKDAYS_9_TO_5, at(12, 1, 10), at(12, 1, 12)],
    [
      'tomorrow: when the next active day opens',
      'tomorrow',
      WEEKDAYS_9_TO_5,
      at(12, 1, 10),
      at(12, 2, 9),
    ],
    ['tomorrow, on a Friday: Monday', 'tomorrow', WEEKDAYS_9_TO_5, at(12, 4, 16), at(12, 7, 9)],
    ['tomorrow, from a Saturday: Monday', 'tomorrow', WEEKDAYS_9_TO_5, at(12, 5, 11), at(12, 7, 9)],
    [
      'in a few days: the first active day three days on',
      'in-a-few-days',
      WEEKDAYS_9_TO_5,
      at(12, 1, 10),
      at(12, 4, 9),
    ],
    [
      'in a few days, from a Thursday: Monday',
      'in-a-few-days',
      WEEKDAYS_9_TO_5,
      at(12, 3, 10),
      at(12, 7, 9),
    ],
    // A night window that began yesterday evening is still yesterday's: tomorrow is tonight's.
    ['tomorrow, at 01:00 in a night window', 'tomorrow', NIGHTS, at(12, 2, 1), at(12, 2, 22)],
    ['tomorrow, at 23:00 in a night window', 'tomorrow', NIGHTS, at(12, 1, 23), at(12, 2, 22)],
    // The clocks: calendar days, not 24-hour steps.
    [
      'tomorrow, over the spring change',
      'tomorrow',
      EVERY_DAY_ALL_DAY,
      at(3, 28, 12),
      at(3, 29, 0),
    ],
    [
      'tomorrow, over the autumn change',
      'tomorrow',
      { ...WEEKDAYS_9_TO_5, activeDays: [0, 1, 2, 3, 4, 5, 6] },
      at(10, 24, 12),
      at(10, 25, 9),
    ],
    [
      'in a few days, over the autumn change',
      'in-a-few-days',
      { ...WEEKDAYS_9_TO_5, activeDays: [0, 1, 2, 3, 4, 5, 6] },
      at(10, 24, 12),
      at(10, 27, 9),
    ],
  ])('%s', (_name, choice, preferences, nowMs, expected) => {
    expect(new Date(planLookBack(choice, preferences, nowMs))).toEqual(new Date(expected));
  });
});

describe('when a follow-up is asked', () => {
  it.each<[string, Preferences, number, number | null]>([
    ['inside the hours: at the look-back', WEEKDAYS_9_TO_5, at(12, 1, 12), at(12, 1, 12)],
    ['after the hours: when they open next', WEEKDAYS_9_TO_5, at(12, 1, 19), at(12, 2, 9)],
    ['on a Saturday: Monday', WEEKDAYS_9_TO_5, at(12, 5, 12), at(12, 7, 9)],
    ['past midnight in a night window: at once', NIGHTS, at(12, 2, 1), at(12, 2, 1)],
    ["in a night window's day: tonight", NIGHTS, at(12, 2, 12), at(12, 2, 22)],
    [
      'in the hour the clocks skip: the hour after',
      { ...EVERY_DAY_ALL_DAY, activeStartMinute: 2 * 60 + 30, activeEndMinute: 5 * 60 },
      at(3, 29, 1),
      at(3, 29, 3, 30),
    ],
  ])('%s', (_name, preferences, lookBackAtMs, expected) => {
    expect(getFollowUpDueMs(open(lookBackAtMs), preferences)).toBe(expected);
  });

  it('asks nothing before the look-back, outside the hours, or for a step no longer open', () => {
    const step = open(at(12, 1, 12));
    expect(isFollowUpDue(step, WEEKDAYS_9_TO_5, at(12, 1, 11, 59))).toBe(false);
    expect(isFollowUpDue(step, WEEKDAYS_9_TO_5, at(12, 1, 12))).toBe(true);
    expect(isFollowUpDue(step, WEEKDAYS_9_TO_5, at(12, 1, 18))).toBe(false);
    const letGo = answerFollowUp(step, { kind: 'let-go' }, WEEKDAYS_9_TO_5, at(12, 1, 13));
    expect(isFollowUpDue(letGo, WEEKDAYS_9_TO_5, at(12, 2, 10))).toBe(false);
    expect(getFollowUpDueMs(letGo, WEEKDAYS_9_TO_5)).toBeNull();
  });

  it('asks one step a pause: the one that waited longest', () => {
    const steps = [open(at(12, 1, 11), 'b'), open(at(12, 1, 10), 'a'), open(at(12, 1, 15), 'c')];
    expect(pickFollowUp(steps, WEEKDAYS_9_TO_5, at(12, 1, 12))?.id).toBe('a');
    expect(pickFollowUp(steps, WEEKDAYS_9_TO_5, at(12, 1, 9, 30))).toBeNull();
  });

  it('"not yet" asks again when the next active day opens; "done" keeps the answers', () => {
    const step = open(at(12, 4, 10));
    const notYet = answerFollowUp(step, { kind: 'not-yet' }, WEEKDAYS_9_TO_5, at(12, 4, 11));
    expect(notYet).toMatchObject({ status: 'open', lookBackAtMs: at(12, 7, 9) });
    const answers = { felt: 'Spannend.', reactions: 'Warm.', innerSteps: 'Ik bleef.' };
    const done = answerFollowUp(notYet, { kind: 'done', answers }, WEEKDAYS_9_TO_5, at(12, 7, 10));
    expect(done).toMatchObject({ status: 'done', answeredAtMs: at(12, 7, 10), answers });
  });
});

describe('choosing a step', () => {
  const step = {
    cardId: 'step-start-small',
    words: '  met Sam  ',
    lookBack: 'tomorrow' as const,
    id: 'x',
    stepText: 'Begin klein.',
  };

  it('makes an open intention with the words trimmed, and the words of its card', () => {
    expect(commitStep([], step, WEEKDAYS_9_TO_5, at(12, 1, 10))).toEqual({
      id: 'x',
      cardId: 'step-start-small',
      stepText: 'Begin klein.',
      words: 'met Sam',
      committedAtMs: at(12, 1, 10),
      lookBackAtMs: at(12, 2, 9),
      status: 'open',
    });
  });

  it('keeps only a few open at once, and words short', () => {
    const many = Array.from({ length: OPEN_INTENTIONS_MAX }, (_, index) =>
      open(at(12, 1, 12), `o${index}`),
    );
    expect(commitStep(many, step, WEEKDAYS_9_TO_5, at(12, 1, 10))).toBe('tooManyOpen');
    const closed = many.map((each) =>
      answerFollowUp(each, { kind: 'let-go' }, WEEKDAYS_9_TO_5, at(12, 1, 13)),
    );
    expect(typeof commitStep(closed, step, WEEKDAYS_9_TO_5, at(12, 1, 14))).toBe('object');
    expect(
      commitStep([], { ...step, words: 'x'.repeat(281) }, WEEKDAYS_9_TO_5, at(12, 1, 10)),
    ).toBe('wordsTooLong');
  });
});

describe('follow-up properties', () => {
  const stepsArb = fc.array(
    fc.record({ lookBack: fc.constantFrom(...LOOK_BACKS), committedAtMs: nowArb }),
    { minLength: 1, maxLength: 5 },
  );

  it('never asks outside the active hours, never before the chosen moment, one a pause at most', () => {
    fc.assert(
      fc.property(
        preferencesArb,
        stepsArb,
        fc.integer({ min: 0, max: 10 * 24 * 60 }),
        (preferences, chosen, minutesOn) => {
          const steps = chosen.map(({ lookBack, committedAtMs }, index) =>
            open(planLookBack(lookBack, preferences, committedAtMs), `s${index}`, committedAtMs),
          );
          const firstMs = Math.min(...steps.map((step) => step.committedAtMs));
          const nowMs = firstMs + minutesOn * 60_000;
          const picked = pickFollowUp(steps, preferences, nowMs);
          if (picked) {
            expect(isActiveByClock(preferences, nowMs)).toBe(true);
            expect(nowMs).toBeGreaterThanOrEqual(picked.lookBackAtMs);
            expect(picked.lookBackAtMs).toBeGreaterThanOrEqual(picked.committedAtMs);
          }
          for (const step of steps) {
            const dueMs = getFollowUpDueMs(step, preferences);
            if (dueMs === null) continue;
            expect(dueMs).toBeGreaterThanOrEqual(step.lookBackAtMs);
            expect(isActiveByClock(preferences, dueMs)).toBe(true);
            expect(isFollowUpDue(step, preferences, dueMs)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

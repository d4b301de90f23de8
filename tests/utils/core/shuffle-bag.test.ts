import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BagState,
  drawCard,
  EMPTY_BAG,
  MAX_STORED_IDS,
  sanitizeBagState,
  sanitizeIds,
} from '@/utils/core/shuffle-bag';
import { randomFromSeed } from '../../helpers/random';

const NUM_RUNS = 300;

/** Draws `count` times, returning the drawn ids and the final state. */
function drawMany(
  state: BagState,
  enabledIds: readonly string[],
  random: () => number,
  count: number,
): { cardIds: (string | null)[]; state: BagState } {
  const cardIds: (string | null)[] = [];
  let current = state;
  for (let i = 0; i < count; i++) {
    const result = drawCard(current, enabledIds, random);
    cardIds.push(result.cardId);
    current = result.state;
  }
  return { cardIds, state: current };
}

/** Sorted copy, for comparing multisets. */
function sorted(ids: readonly (string | null)[]): (string | null)[] {
  return [...ids].sort();
}

/** Freezes a value and everything in it, so any mutation throws (modules run in strict mode). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Asserts the structural invariants every state must keep. */
function expectValidState(state: BagState): void {
  expect(Array.isArray(state.remaining)).toBe(true);
  expect(Array.isArray(state.shownInCycle)).toBe(true);
  expect(state.remaining.every((id) => typeof id === 'string')).toBe(true);
  expect(state.shownInCycle.every((id) => typeof id === 'string')).toBe(true);
  expect(new Set(state.remaining).size).toBe(state.remaining.length);
  expect(new Set(state.shownInCycle).size).toBe(state.shownInCycle.length);
  const shownSet = new Set(state.shownInCycle);
  expect(state.remaining.filter((id) => shownSet.has(id))).toEqual([]);
  expect(state.lastShownId === null || typeof state.lastShownId === 'string').toBe(true);
}

const seedArb = fc.integer();
const idsArb = fc.uniqueArray(fc.string({ maxLength: 8 }), { maxLength: 60 });
const POOL = Array.from({ length: 40 }, (_, i) => `card-${i}`);
const poolIdsArb = fc.subarray(POOL);

/** A state reached by real draws: some draws over one enabled set, then some over another. */
const reachedStateArb = fc
  .record({
    seed: seedArb,
    firstIds: poolIdsArb,
    firstDraws: fc.nat(90),
    secondIds: poolIdsArb,
    secondDraws: fc.nat(30),
  })
  .map(({ seed, firstIds, firstDraws, secondIds, secondDraws }) => {
    const random = randomFromSeed(seed);
    const first = drawMany(EMPTY_BAG, firstIds, random, firstDraws);
    return drawMany(first.state, secondIds, random, secondDraws).state;
  });

describe('drawCard edge cases', () => {
  it.each([
    { name: 'fresh bag', state: EMPTY_BAG },
    {
      name: 'bag with history',
      state: { remaining: ['a'], shownInCycle: ['b'], lastShownId: 'b' },
    },
  ])('returns null and keeps the state when no ids are enabled ($name)', ({ state }) => {
    const result = drawCard(state, [], Math.random);
    expect(result.cardId).toBeNull();
    expect(result.state).toEqual(state);
  });

  it.each([
    [EMPTY_BAG],
    [{ remaining: [], shownInCycle: ['only'], lastShownId: 'only' }],
    [{ remaining: ['x', 'y'], shownInCycle: ['z'], lastShownId: 'z' }],
  ])('always returns the single enabled id (start %#)', (start) => {
    const { cardIds } = drawMany(start, ['only'], randomFromSeed(7), 5);
    expect(cardIds).toEqual(['only', 'only', 'only', 'only', 'only']);
  });

  it('never draws disabled cards, even if they were queued', () => {
    const start: BagState = {
      remaining: ['hidden', 'a', 'b'],
      shownInCycle: [],
      lastShownId: null,
    };
    const { cardIds } = drawMany(start, ['a', 'b', 'c'], randomFromSeed(1), 30);
    expect(cardIds).not.toContain('hidden');
    expect(new Set(cardIds)).toEqual(new Set(['a', 'b', 'c']));
  });

  it('ignores duplicate enabled ids', () => {
    const { cardIds } = drawMany(EMPTY_BAG, ['a', 'a', 'b'], randomFromSeed(3), 2);
    expect(sorted(cardIds)).toEqual(['a', 'b']);
  });

  it('tolerates a random function outside [0, 1)', () => {
    for (const value of [1, -0.5, 7, Number.NaN]) {
      const { cardIds } = drawMany(EMPTY_BAG, ['a', 'b', 'c'], () => value, 3);
      expect(sorted(cardIds)).toEqual(['a', 'b', 'c']);
    }
  });
});

describe('drawCard randomness', () => {
  const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);

  it.each([
    { cycle: 'first', skippedDraws: 0 },
    { cycle: 'second', skippedDraws: 4 },
  ])('shuffles the $cycle cycle: every card can come first and last', ({ skippedDraws }) => {
    const ids = ['a', 'b', 'c', 'd'];
    const orders = SEEDS.map(
      (seed) => drawMany(EMPTY_BAG, ids, randomFromSeed(seed), skippedDraws + 4).cardIds,
    ).map((cardIds) => cardIds.slice(skippedDraws));
    expect(new Set(orders.map((order) => order[0]))).toEqual(new Set(ids));
    expect(new Set(orders.map((order) => order[3]))).toEqual(new Set(ids));
  });

  it('puts a newly enabled card at a random place among the cards still to come', () => {
    const start: BagState = { remaining: ['a', 'b', 'c'], shownInCycle: ['x'], lastShownId: 'x' };
    const places = SEEDS.map((seed) => {
      const { cardIds } = drawMany(start, ['a', 'b', 'c', 'x', 'new'], randomFromSeed(seed), 4);
      return cardIds.indexOf('new');
    });
    expect(new Set(places)).toEqual(new Set([0, 1, 2, 3]));
  });
});

describe('drawCard properties', () => {
  it('within a cycle each enabled card appears exactly once (first and second cycle)', () => {
    fc.assert(
      fc.property(idsArb, seedArb, (ids, seed) => {
        const n = ids.length;
        const { cardIds } = drawMany(EMPTY_BAG, ids, randomFromSeed(seed), 2 * n);
        expect(sorted(cardIds.slice(0, n))).toEqual(sorted(ids));
        expect(sorted(cardIds.slice(n))).toEqual(sorted(ids));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('over many cycles: no repeat within a cycle, no immediate repeat at a boundary', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 4 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 6 }),
        fc.nat(19),
        seedArb,
        (ids, cycles, extra, seed) => {
          const n = ids.length;
          const { cardIds } = drawMany(
            EMPTY_BAG,
            ids,
            randomFromSeed(seed),
            cycles * n + (extra % n),
          );
          for (let start = 0; start < cardIds.length; start += n) {
            const window = cardIds.slice(start, start + n);
            expect(new Set(window).size).toBe(window.length);
            expect(window.every((id) => id !== null && ids.includes(id))).toBe(true);
          }
          if (n > 1) {
            for (let i = 1; i < cardIds.length; i++) expect(cardIds[i]).not.toBe(cardIds[i - 1]);
          }
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('a state round-trips through JSON and sanitizeBagState with the same next draws', () => {
    fc.assert(
      fc.property(reachedStateArb, poolIdsArb, seedArb, (state, ids, seed) => {
        const json: unknown = JSON.parse(JSON.stringify(state));
        const restored = sanitizeBagState(json);
        expect(restored).toEqual(state);
        expect(sanitizeBagState(structuredClone(state))).toEqual(state);
        const count = ids.length + 3;
        const original = drawMany(state, ids, randomFromSeed(seed), count);
        const roundTripped = drawMany(restored, ids, randomFromSeed(seed), count);
        expect(roundTripped).toEqual(original);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('changed content never repeats a card before the cycle ends', () => {
    const changeArb = fc.record({
      removedIds: poolIdsArb,
      addedIds: poolIdsArb,
      drawCount: fc.nat(40),
    });
    fc.assert(
      fc.property(
        poolIdsArb,
        fc.nat(40),
        fc.array(changeArb, { minLength: 1, maxLength: 3 }),
        seedArb,
        (firstIds, firstDrawCount, changes, seed) => {
          const random = randomFromSeed(seed);
          let enabledIds: string[] = firstIds;
          const first = drawMany(
            EMPTY_BAG,
            enabledIds,
            random,
            Math.min(firstDrawCount, enabledIds.length),
          );
          let state = first.state;
          const shownIds: (string | null)[] = [...first.cardIds];
          changes.forEach(({ removedIds, addedIds, drawCount }, index) => {
            const removedSet = new Set(removedIds);
            enabledIds = [
              ...new Set([...enabledIds.filter((id) => !removedSet.has(id)), ...addedIds]),
            ];
            const toComeIds = enabledIds.filter((id) => !shownIds.includes(id));
            const isLastChange = index === changes.length - 1;
            const count = isLastChange ? toComeIds.length : Math.min(drawCount, toComeIds.length);
            const drawn = drawMany(state, enabledIds, random, count);
            // Only enabled, not yet shown ids come up, each once (so removed ids never appear).
            expect(new Set(drawn.cardIds).size).toBe(count);
            expect(drawn.cardIds.every((id) => id !== null && toComeIds.includes(id))).toBe(true);
            // After the last change the cycle drains exactly the ids still to come.
            if (isLastChange) expect(sorted(drawn.cardIds)).toEqual(sorted(toComeIds));
            shownIds.push(...drawn.cardIds);
            state = drawn.state;
          });
          // Then a new cycle starts, without repeating the last card.
          const next = drawCard(state, enabledIds, random);
          if (enabledIds.length === 0) {
            expect(next.cardId).toBeNull();
          } else {
            expect(enabledIds).toContain(next.cardId);
            if (enabledIds.length > 1) expect(next.cardId).not.toBe(shownIds.at(-1));
            expect(next.state.shownInCycle).toEqual([next.cardId]);
          }
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('matches a model under any interleaving of draws and content changes', () => {
    const stepArb = fc.oneof(
      { arbitrary: fc.constant(null), weight: 3 },
      { arbitrary: poolIdsArb, weight: 1 },
    );
    fc.assert(
      fc.property(
        poolIdsArb,
        fc.array(stepArb, { maxLength: 120 }),
        seedArb,
        (startIds, steps, seed) => {
          const random = randomFromSeed(seed);
          let enabledIds = startIds;
          let state = EMPTY_BAG;
          let shownModel = new Set<string>();
          let lastId: string | null = null;
          for (const step of steps) {
            if (step !== null) {
              enabledIds = step;
              continue;
            }
            const result = drawCard(state, enabledIds, random);
            expectValidState(result.state);
            if (enabledIds.length === 0) {
              expect(result.cardId).toBeNull();
              continue;
            }
            const cardId = result.cardId as string;
            expect(enabledIds).toContain(cardId);
            const isCycleDone = enabledIds.every((id) => shownModel.has(id));
            if (isCycleDone) {
              if (enabledIds.length > 1) expect(cardId).not.toBe(lastId);
              shownModel = new Set([cardId]);
            } else {
              expect(shownModel.has(cardId)).toBe(false);
              shownModel.add(cardId);
            }
            lastId = cardId;
            state = result.state;
          }
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('never mutates its inputs', () => {
    fc.assert(
      fc.property(reachedStateArb, poolIdsArb, seedArb, (state, ids, seed) => {
        const stateCopy = structuredClone(state);
        const idsCopy = [...ids];
        const frozenState = deepFreeze(structuredClone(state));
        const frozenIds = deepFreeze([...ids]);
        drawMany(state, ids, randomFromSeed(seed), 3);
        drawCard(state, ids, randomFromSeed(seed));
        drawCard(frozenState, frozenIds, randomFromSeed(seed));
        expect(state).toEqual(stateCopy);
        expect(ids).toEqual(idsCopy);
        expect(EMPTY_BAG).toEqual({ remaining: [], shownInCycle: [], lastShownId: null });
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('sanitizeBagState', () => {
  it.each([
    { raw: null },
    { raw: undefined },
    { raw: 'bag' },
    { raw: 42 },
    { raw: [] },
    { raw: [['a']] },
    { raw: {} },
    { raw: { remaining: 'a', shownInCycle: 7, lastShownId: 3 } },
  ])('turns $raw into the empty bag', ({ raw }) => {
    expect(sanitizeBagState(raw)).toEqual(EMPTY_BAG);
  });

  it('drops non-strings and duplicates, and counts an id in both lists as shown', () => {
    const raw = {
      remaining: ['a', 1, 'b', 'a', null, 'c', { id: 'd' }],
      shownInCycle: ['c', 'c', false, 'e'],
      lastShownId: 'e',
    };
    expect(sanitizeBagState(raw)).toEqual({
      remaining: ['a', 'b'],
      shownInCycle: ['c', 'e'],
      lastShownId: 'e',
    });
  });

  /** Objects shaped like a state, with junk, duplicates and overlaps mixed into every field. */
  const stateLikeArb = fc.record(
    {
      remaining: fc.array(fc.oneof(fc.constantFrom(...POOL.slice(0, 6)), fc.anything())),
      shownInCycle: fc.array(fc.oneof(fc.constantFrom(...POOL.slice(0, 6)), fc.anything())),
      lastShownId: fc.oneof(fc.constantFrom(...POOL.slice(0, 6)), fc.anything()),
    },
    { requiredKeys: [] },
  );

  it('never throws on any JSON or any value, and returns a state drawCard accepts', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.anything(), stateLikeArb),
        poolIdsArb,
        seedArb,
        (raw, ids, seed) => {
          const state = sanitizeBagState(raw);
          expectValidState(state);
          const toComeCount = ids.filter((id) => !state.shownInCycle.includes(id)).length;
          const { cardIds, state: next } = drawMany(state, ids, randomFromSeed(seed), toComeCount);
          expectValidState(next);
          expect(cardIds.every((id) => id !== null && ids.includes(id))).toBe(true);
          expect(new Set(cardIds).size).toBe(cardIds.length);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('keeps the valid fields of a partly broken state', () => {
    const junkArb = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.integer(),
      fc.boolean(),
      fc.dictionary(fc.string(), fc.integer()),
    );
    fc.assert(
      fc.property(
        reachedStateArb,
        fc.constantFrom('remaining', 'shownInCycle', 'lastShownId'),
        junkArb,
        (state, brokenField, junk) => {
          const broken = { ...structuredClone(state), [brokenField]: junk, extra: junk };
          const sanitized = sanitizeBagState(JSON.parse(JSON.stringify(broken)));
          const expected = {
            ...state,
            [brokenField]: brokenField === 'lastShownId' ? null : [],
          };
          expect(sanitized).toEqual(expected);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('sanitizeIds on lists of any length', () => {
  it('keeps at most as many ids as any deck could have, from a million', () => {
    const ids = Array.from({ length: 1_000_000 }, (_, index) => `card-${index}`);
    const kept = sanitizeIds(ids);
    expect(kept).toHaveLength(MAX_STORED_IDS);
    expect(kept[0]).toBe('card-0');
  });

  it('reads the ids of a sparse list of 2³² − 1 places without walking its holes', () => {
    const ids: unknown[] = [];
    ids.length = 2 ** 32 - 1;
    ids[3] = 'quote-1';
    ids[4_000_000_000] = 'step-2';
    expect(sanitizeIds(ids)).toEqual(['quote-1', 'step-2']);
  });

  it('leaves out ids too long to be a card’s', () => {
    expect(sanitizeIds(['quote-1', 'x'.repeat(10_000)])).toEqual(['quote-1']);
  });

  it('bounds a bag as it bounds any list', () => {
    const remaining: unknown[] = [];
    remaining.length = 2 ** 32 - 1;
    remaining[7] = 'quote-2';
    expect(sanitizeBagState({ remaining, shownInCycle: [], lastShownId: null })).toEqual({
      remaining: ['quote-2'],
      shownInCycle: [],
      lastShownId: null,
    });
  });
});

// A persistent shuffle bag: no card repeats until every enabled card has been shown.
// Pure: no browser, storage or UI imports; randomness comes in as a parameter.

import { listStoredItems } from './stored-values';

/** Bag state, plain JSON: cards still to come this cycle, cards already shown, the last card shown. */
export interface BagState {
  /** Card ids still to come in this cycle, in draw order (front first). */
  readonly remaining: readonly string[];
  /** Card ids shown in this cycle, including ids disabled since (so re-enabling them cannot repeat). */
  readonly shownInCycle: readonly string[];
  /** The card shown most recently, kept across cycles to avoid an immediate repeat. */
  readonly lastShownId: string | null;
}

/** The state of a bag that has never been drawn from. */
export const EMPTY_BAG: BagState = Object.freeze({
  remaining: Object.freeze([]),
  shownInCycle: Object.freeze([]),
  lastShownId: null,
});

/** An index in [0, length) from `random`, safe against values outside [0, 1) and NaN. */
function randomIndex(random: () => number, length: number): number {
  const index = Math.floor(random() * length);
  return Number.isFinite(index) ? Math.min(length - 1, Math.max(0, index)) : 0;
}

/** A new array with the ids in Fisher–Yates shuffled order. */
function shuffle(ids: readonly string[], random: () => number): string[] {
  const shuffled = [...ids];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
  }
  return shuffled;
}

/** The ids without duplicates, first occurrence kept. */
function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** Remaining ids adapted to the enabled ids: disabled ids leave, new unshown ids join at random positions. */
function reconcileRemaining(
  state: BagState,
  enabledIds: readonly string[],
  random: () => number,
): string[] {
  const enabledSet = new Set(enabledIds);
  const remaining = state.remaining.filter((id) => enabledSet.has(id));
  const knownSet = new Set([...remaining, ...state.shownInCycle]);
  for (const id of enabledIds) {
    if (!knownSet.has(id)) {
      remaining.splice(randomIndex(random, remaining.length + 1), 0, id);
    }
  }
  return remaining;
}

/** A fresh cycle of all enabled ids whose first card is not `lastShownId` (when there is a choice). */
function startCycle(
  enabledIds: readonly string[],
  lastShownId: string | null,
  random: () => number,
): string[] {
  const cycle = shuffle(enabledIds, random);
  if (cycle.length > 1 && cycle[0] === lastShownId) {
    const swapIndex = 1 + randomIndex(random, cycle.length - 1);
    [cycle[0], cycle[swapIndex]] = [cycle[swapIndex] as string, cycle[0] as string];
  }
  return cycle;
}

/** Draws the next card for the enabled ids (pure: returns a new state, never mutates its inputs). */
export function drawCard(
  state: BagState,
  enabledIds: readonly string[],
  random: () => number,
): { cardId: string | null; state: BagState } {
  const uniqueEnabledIds = uniqueIds(enabledIds);
  if (uniqueEnabledIds.length === 0) {
    return { cardId: null, state };
  }
  const reconciled = reconcileRemaining(state, uniqueEnabledIds, random);
  const isNewCycle = reconciled.length === 0;
  const queue = isNewCycle ? startCycle(uniqueEnabledIds, state.lastShownId, random) : reconciled;
  const [cardId, ...remaining] = queue as [string, ...string[]];
  const shownInCycle = isNewCycle ? [cardId] : [...state.shownInCycle, cardId];
  return { cardId, state: { remaining, shownInCycle, lastShownId: cardId } };
}

/**
 * How many card ids a stored list holds at most, and how long one id may be: far beyond any deck
 * (the article's is 41 cards), so only junk is cut short, and never walked whole.
 */
export const MAX_STORED_IDS = 1000;
const MAX_ID_LENGTH = 200;

/** The unique string ids of an untrusted value (anything that is not an array yields none). */
export function sanitizeIds(raw: unknown): string[] {
  const ids = new Set<string>();
  for (const id of listStoredItems(raw, MAX_STORED_IDS)) {
    if (typeof id === 'string' && id.length <= MAX_ID_LENGTH) ids.add(id);
  }
  return [...ids];
}

/** A valid state from untrusted stored data, keeping every valid field; never throws. */
export function sanitizeBagState(raw: unknown): BagState {
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return EMPTY_BAG;
    }
    const record = raw as Record<string, unknown>;
    const shownInCycle = sanitizeIds(record.shownInCycle);
    const shownSet = new Set(shownInCycle);
    // An id in both lists counts as shown: better to wait a cycle than to repeat.
    const remaining = sanitizeIds(record.remaining).filter((id) => !shownSet.has(id));
    const lastShownId = typeof record.lastShownId === 'string' ? record.lastShownId : null;
    return { remaining, shownInCycle, lastShownId };
  } catch {
    // Getters or proxies in hand-made input may throw; stored JSON never does.
    return EMPTY_BAG;
  }
}

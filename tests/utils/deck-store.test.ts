import fc from 'fast-check';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { cards } from '@/assets/content/nl';
import type { Card } from '@/assets/content/types';
import {
  drawNextCard,
  drawNextCardId,
  hideCard,
  loadBag,
  loadHiddenCardIds,
  unhideCard,
} from '@/utils/deck-store';
import { CARD_KINDS } from '@/utils/preferences';

let storeCount = 0;
const newStore = () => createStore(`deck-test-${++storeCount}`, 'keyval');

/** A small deterministic random source, so each property run is repeatable. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the deck store', () => {
  it('shows every card once before any repeats, across separate draws (popup opens)', async () => {
    const store = newStore();
    const random = seededRandom(7);
    const shown: (Card | null)[] = [];
    for (let i = 0; i < cards.length; i++)
      shown.push(await drawNextCard(cards, CARD_KINDS, random, store));
    expect(new Set(shown.map((card) => card?.id)).size).toBe(cards.length);
  });

  it('keeps its place in stored state', async () => {
    const store = newStore();
    const first = await drawNextCardId(['a', 'b', 'c'], seededRandom(1), store);
    const bag = await loadBag(store);
    expect(bag.shownInCycle).toEqual([first]);
    expect(bag.remaining).toHaveLength(2);
  });

  it('leaves hidden cards out of every draw, and brings them back when unhidden', async () => {
    const store = newStore();
    const random = seededRandom(3);
    const hidden = cards.slice(0, 5).map((card) => card.id);
    for (const id of hidden) await hideCard(id, store);
    expect(await loadHiddenCardIds(store)).toEqual(hidden);
    for (let i = 0; i < cards.length * 2; i++) {
      const card = await drawNextCard(cards, CARD_KINDS, random, store);
      expect(hidden).not.toContain(card?.id);
    }
    await unhideCard(hidden[0] as string, store);
    expect(await loadHiddenCardIds(store)).toEqual(hidden.slice(1));
  });

  it('draws only enabled kinds', async () => {
    const store = newStore();
    for (let i = 0; i < 10; i++) {
      const card = await drawNextCard(cards, ['reframe'], Math.random, store);
      expect(card?.kind).toBe('reframe');
    }
  });

  it('gives null when nothing is enabled', async () => {
    expect(await drawNextCard(cards, [], Math.random, newStore())).toBeNull();
  });

  it('hides a card once, however often it is hidden', async () => {
    const store = newStore();
    await hideCard('x', store);
    await hideCard('x', store);
    expect(await loadHiddenCardIds(store)).toEqual(['x']);
  });

  it('draws and hides whatever junk is stored, never throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.jsonValue(), async (bagJunk, hiddenJunk) => {
        const store = newStore();
        await set('bag', bagJunk, store);
        await set('hidden-card-ids', hiddenJunk, store);
        const card = await drawNextCard(cards, CARD_KINDS, Math.random, store);
        expect(cards).toContain(card);
        await hideCard('quote-x', store);
        expect(await loadHiddenCardIds(store)).toContain('quote-x');
      }),
      { numRuns: 50 },
    );
  });
});

import fc from 'fast-check';
import { createStore, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { cards } from '@/assets/content/nl';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';
import { MAX_STORED_IDS } from '@/utils/core/shuffle-bag';
import {
  drawNextCard,
  HIDDEN_KEY,
  hideCard,
  loadHiddenCardIds,
  unhideCard,
} from '@/utils/store/deck-store';
import { savePreferences } from '@/utils/store/preferences-store';
import { randomFromSeed } from '../../helpers/random';

let storeCount = 0;
const newStore = () => createStore(`deck-test-${++storeCount}`, 'keyval');

/** The ids of `count` draws in a row, each a separate transaction (a popup open each). */
async function drawIds(count: number, store = newStore(), random = randomFromSeed(7)) {
  const ids: (string | undefined)[] = [];
  for (let i = 0; i < count; i++) ids.push((await drawNextCard(cards, random, store)).card?.id);
  return ids;
}

describe('the deck store', () => {
  it('shows every card once before any repeats, across separate draws', async () => {
    const ids = await drawIds(cards.length);
    expect(new Set(ids).size).toBe(cards.length);
  });

  it('goes on where it stopped: the second cycle again holds every card once', async () => {
    const store = newStore();
    const random = randomFromSeed(11);
    await drawIds(cards.length + 3, store, random);
    const rest = await drawIds(cards.length - 3, store, random);
    expect(new Set(rest).size).toBe(cards.length - 3);
  });

  it('draws only the enabled kinds, as the stored preferences say, and returns them', async () => {
    const store = newStore();
    const preferences = {
      ...DEFAULT_PREFERENCES,
      language: 'en',
      enabledKinds: ['reframe'],
    } as const;
    await savePreferences({ ...preferences, enabledKinds: ['reframe'] }, store);
    for (let i = 0; i < 10; i++) {
      const draw = await drawNextCard(cards, Math.random, store);
      expect(draw.card?.kind).toBe('reframe');
      expect(draw.preferences).toEqual(preferences);
    }
  });

  it('leaves hidden cards out of every draw, and brings them back when unhidden', async () => {
    const store = newStore();
    const hidden = cards.slice(0, 5).map((card) => card.id);
    for (const id of hidden) await hideCard(id, store);
    expect(await loadHiddenCardIds(store)).toEqual(hidden);
    const ids = await drawIds(cards.length * 2, store);
    expect(ids.filter((id) => id && hidden.includes(id))).toEqual([]);
    await unhideCard(hidden[0] as string, store);
    expect(await loadHiddenCardIds(store)).toEqual(hidden.slice(1));
  });

  it('gives no card when every card is hidden', async () => {
    const store = newStore();
    for (const card of cards) await hideCard(card.id, store);
    expect((await drawNextCard(cards, Math.random, store)).card).toBeNull();
  });

  it('hides a card once, however often it is hidden', async () => {
    const store = newStore();
    await hideCard('x', store);
    await hideCard('x', store);
    expect(await loadHiddenCardIds(store)).toEqual(['x']);
  });

  it('draws and hides whatever junk is stored, never throwing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.jsonValue(),
        fc.jsonValue(),
        async (bag, hidden, prefs) => {
          const store = newStore();
          await set('deck-bag', bag, store);
          await set('deck-hidden-card-ids', hidden, store);
          await set('preferences', prefs, store);
          const { card } = await drawNextCard(cards, Math.random, store);
          expect(card === null || cards.includes(card)).toBe(true);
          await hideCard('quote-x', store);
          expect(await loadHiddenCardIds(store)).toContain('quote-x');
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('junk in the hidden cards', () => {
  it('is repaired by the first draw, so no later one reads it again', async () => {
    const store = newStore();
    await set(HIDDEN_KEY, [...Array.from({ length: 5000 }, (_, index) => `x-${index}`), 7], store);
    await drawNextCard(cards, Math.random, store);
    const stored = (await get(HIDDEN_KEY, store)) as string[];
    expect(stored).toHaveLength(MAX_STORED_IDS);
    expect(stored.every((id) => typeof id === 'string')).toBe(true);
  });

  it('leaves a clean list as it is', async () => {
    const store = newStore();
    await set(HIDDEN_KEY, ['quote-1'], store);
    await drawNextCard(cards, Math.random, store);
    expect(await get(HIDDEN_KEY, store)).toEqual(['quote-1']);
    const empty = newStore();
    await drawNextCard(cards, Math.random, empty);
    expect(await get(HIDDEN_KEY, empty)).toBeUndefined();
  });
});

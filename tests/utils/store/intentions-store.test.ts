import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { INTENTIONS_LIMIT, type Intention, OPEN_INTENTIONS_MAX } from '@/utils/core/intentions';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';
import {
  answerIntention,
  commitIntention,
  countOpenIntentions,
  deleteIntention,
  INTENTIONS_KEY,
  loadIntentions,
  replaceIntention,
  restoreIntention,
} from '@/utils/store/intentions-store';
import { savePreferences } from '@/utils/store/preferences-store';

let storeCount = 0;
/** A fresh database per test, so tests never see each other's data. */
const newStore = () => createStore(`intentions-store-test-${++storeCount}`, 'keyval');

// Tuesday 1 December 2026, 10:00 in Amsterdam (vitest.config.ts); active Monday to Friday, 9 to 5.
const NOW_MS = new Date(2026, 11, 1, 10).getTime();
const TOMORROW_9_MS = new Date(2026, 11, 2, 9).getTime();
const step = {
  cardId: 'step-start-small',
  stepText: 'Begin klein.',
  words: ' met Sam ',
  lookBack: 'tomorrow' as const,
};

describe('the store of small steps', () => {
  it('holds none at first, and reads junk as none', async () => {
    const store = newStore();
    expect(await loadIntentions(store)).toEqual([]);
    await set(INTENTIONS_KEY, 'junk', store);
    expect(await loadIntentions(store)).toEqual([]);
  });

  it('chooses a step with its look-back planned on the active hours as stored', async () => {
    const store = newStore();
    await savePreferences({ ...DEFAULT_PREFERENCES, activeDays: [4] }, store); // Thursdays only
    const chosen = await commitIntention(step, NOW_MS, () => 0.5, store);
    expect(chosen).toMatchObject({
      words: 'met Sam',
      status: 'open',
      lookBackAtMs: new Date(2026, 11, 3, 9).getTime(),
    });
    expect(await loadIntentions(store)).toEqual([chosen]);
    expect(await countOpenIntentions(store)).toBe(1);
  });

  it('declines a step past the few open at once, storing nothing', async () => {
    const store = newStore();
    for (let index = 0; index < OPEN_INTENTIONS_MAX; index++) {
      await commitIntention(step, NOW_MS + index, Math.random, store);
    }
    expect(await commitIntention(step, NOW_MS + 10, Math.random, store)).toBe('tooManyOpen');
    expect(await loadIntentions(store)).toHaveLength(OPEN_INTENTIONS_MAX);
  });

  it('answers a follow-up in one write; a step gone answers null and writes nothing', async () => {
    const store = newStore();
    const chosen = (await commitIntention(step, NOW_MS, Math.random, store)) as Intention;
    const notYet = await answerIntention(
      chosen.id,
      { kind: 'not-yet' },
      TOMORROW_9_MS + 60_000,
      store,
    );
    expect(notYet).toMatchObject({
      status: 'open',
      lookBackAtMs: new Date(2026, 11, 3, 9).getTime(),
    });
    const answers = { felt: 'Spannend.', reactions: 'Warm.', innerSteps: '' };
    const done = await answerIntention(chosen.id, { kind: 'done', answers }, NOW_MS + 1, store);
    expect(await loadIntentions(store)).toEqual([done]);
    expect(await countOpenIntentions(store)).toBe(0);
    expect(await answerIntention('gone', { kind: 'let-go' }, NOW_MS, store)).toBeNull();
    expect(await loadIntentions(store)).toEqual([done]);
  });

  it('edits, deletes and restores a step; an edit of a step changed elsewhere is refused', async () => {
    const store = newStore();
    const chosen = (await commitIntention(step, NOW_MS, Math.random, store)) as Intention;
    const edited = { ...chosen, words: 'met Sam en Lies' };
    expect(await replaceIntention(chosen, edited, store)).toBeNull();
    expect(await replaceIntention(chosen, { ...chosen, words: 'oud' }, store)).toBe('lineGone');
    expect(await deleteIntention(edited, store)).toBeNull();
    expect(await deleteIntention(edited, store)).toBe('lineGone');
    expect(await loadIntentions(store)).toEqual([]);
    expect(await restoreIntention(edited, store)).toBeNull();
    expect(await loadIntentions(store)).toEqual([edited]);
  });

  it('keeps every step when full: a new one is declined, an undo too', async () => {
    const store = newStore();
    const many = Array.from({ length: INTENTIONS_LIMIT }, (_, index) => ({
      id: `s${index}`,
      cardId: null,
      words: '',
      committedAtMs: index,
      lookBackAtMs: index,
      status: 'let-go',
      answeredAtMs: index,
    }));
    await set(INTENTIONS_KEY, { schemaVersion: 1, intentions: many }, store);
    expect(await commitIntention(step, NOW_MS, Math.random, store)).toBe('full');
    expect(await restoreIntention({ ...(many[0] as Intention), id: 'extra' }, store)).toBe(
      'notesFull',
    );
    expect(await loadIntentions(store)).toHaveLength(INTENTIONS_LIMIT);
  });
});

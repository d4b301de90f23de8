import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import {
  answerFollowUp,
  INTENTIONS_LIMIT,
  type Intention,
  OPEN_INTENTIONS_MAX,
} from '@/utils/core/intentions';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';
import {
  commitIntention,
  countOpenIntentions,
  deleteIntention,
  INTENTIONS_KEY,
  loadIntentions,
  replaceIntention,
  restoreIntention,
} from '@/utils/store/intentions-store';
import { savePreferences } from '@/utils/store/preferences-store';
import { importUserData } from '@/utils/store/user-data-store';
import { bytesOf, DATA, fileOf } from '../../helpers/export-data';

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

  it('answers a follow-up in one write; a step gone is refused and nothing is written', async () => {
    const store = newStore();
    const chosen = (await commitIntention(step, NOW_MS, Math.random, store)) as Intention;
    /** Answers as the pause page does: the answered step, stored against the step as it began. */
    const answer = (base: Intention, reply: Parameters<typeof answerFollowUp>[1], atMs: number) =>
      replaceIntention(base, answerFollowUp(base, reply, DEFAULT_PREFERENCES, atMs), store);
    const notYet = answerFollowUp(chosen, { kind: 'not-yet' }, DEFAULT_PREFERENCES, TOMORROW_9_MS);
    expect(notYet).toMatchObject({
      status: 'open',
      lookBackAtMs: new Date(2026, 11, 3, 9).getTime(),
    });
    expect(await answer(chosen, { kind: 'not-yet' }, TOMORROW_9_MS)).toEqual({ saved: notYet });
    const answers = { felt: 'Spannend.', reactions: 'Warm.', innerSteps: '' };
    const done = answerFollowUp(notYet, { kind: 'done', answers }, DEFAULT_PREFERENCES, NOW_MS + 1);
    expect(await answer(notYet, { kind: 'done', answers }, NOW_MS + 1)).toEqual({ saved: done });
    expect(await loadIntentions(store)).toEqual([done]);
    expect(await countOpenIntentions(store)).toBe(0);
    // Answered against the step as it was before: refused with the answers stored.
    expect(await answer(chosen, { kind: 'let-go' }, NOW_MS + 2)).toEqual({
      refused: 'changed',
      current: done,
    });
    const gone = { ...chosen, id: 'gone' };
    expect(await answer(gone, { kind: 'let-go' }, NOW_MS)).toEqual({ refused: 'gone' });
    expect(await loadIntentions(store)).toEqual([done]);
  });

  it('edits, deletes and restores a step; an edit of a step changed elsewhere is refused', async () => {
    const store = newStore();
    const chosen = (await commitIntention(step, NOW_MS, Math.random, store)) as Intention;
    const edited = { ...chosen, words: 'met Sam en Lies' };
    expect(await replaceIntention(chosen, edited, store)).toEqual({ saved: edited });
    expect(await replaceIntention(chosen, { ...chosen, words: 'oud' }, store)).toEqual({
      refused: 'changed',
      current: edited,
    });
    expect(await deleteIntention(chosen, store)).toEqual({ refused: 'changed', current: edited });
    expect(await deleteIntention(edited, store)).toEqual({ saved: null });
    expect(await deleteIntention(edited, store)).toEqual({ saved: null });
    expect(await loadIntentions(store)).toEqual([]);
    expect(await restoreIntention(edited, store)).toEqual({ saved: edited });
    expect(await loadIntentions(store)).toEqual([edited]);
  });

  it('refuses an edit of a step deleted meanwhile, and brings nothing back', async () => {
    const store = newStore();
    const chosen = (await commitIntention(step, NOW_MS, Math.random, store)) as Intention;
    await deleteIntention(chosen, store);
    expect(await replaceIntention(chosen, { ...chosen, words: 'met Lies' }, store)).toEqual({
      refused: 'gone',
    });
    expect(await loadIntentions(store)).toEqual([]);
  });

  it('puts back a step an import brought back meanwhile only once; one back changed is refused', async () => {
    const store = newStore();
    const [done, open] = DATA.intentions as [Intention, Intention];
    const file = fileOf({ ...DATA, pauseLog: [], ownCards: [] });
    await importUserData(bytesOf(file), store);
    expect(await deleteIntention(done, store)).toEqual({ saved: null });
    await importUserData(bytesOf(file), store);
    expect(await loadIntentions(store)).toEqual([done, open]);
    expect(await restoreIntention(done, store)).toEqual({ saved: done });
    expect(await loadIntentions(store)).toEqual([done, open]);

    await deleteIntention(open, store);
    const changed = { ...open, words: 'anders, uit het bestand' };
    await importUserData(bytesOf(fileOf({ ...DATA, intentions: [changed] })), store);
    expect(await restoreIntention(open, store)).toEqual({ refused: 'changed', current: changed });
    expect(await loadIntentions(store)).toEqual([done, changed]);
  });

  it('keeps every step when full: a new one is declined, an undo too', async () => {
    const store = newStore();
    const many = Array.from({ length: INTENTIONS_LIMIT }, (_, index) => ({
      id: `s${index}`,
      cardId: null,
      stepText: '',
      words: '',
      committedAtMs: index,
      lookBackAtMs: index,
      status: 'let-go',
      answeredAtMs: index,
    }));
    await set(INTENTIONS_KEY, { schemaVersion: 1, intentions: many }, store);
    expect(await commitIntention(step, NOW_MS, Math.random, store)).toBe('full');
    expect(await restoreIntention({ ...(many[0] as Intention), id: 'extra' }, store)).toEqual({
      refused: 'full',
    });
    // One that is there already is no step more.
    expect(await restoreIntention(many[0] as Intention, store)).toEqual({ saved: many[0] });
    expect(await loadIntentions(store)).toHaveLength(INTENTIONS_LIMIT);
  });
});

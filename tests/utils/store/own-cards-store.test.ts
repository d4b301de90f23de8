import { createStore, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { cards as nlCards } from '@/assets/content/nl';
import { OWN_CARDS_LIMIT, type OwnCard } from '@/utils/core/own-cards';
import {
  deleteOwnCard,
  loadOwnCards,
  OWN_CARDS_KEY,
  saveOwnCard,
} from '@/utils/store/own-cards-store';

let storeCount = 0;
/** A fresh database per test, so tests never see each other's data. */
const newStore = () => createStore(`own-cards-store-test-${++storeCount}`, 'keyval');

const NOW_MS = new Date(2026, 11, 1, 10).getTime();
const reframe = { thought: 'Ik ben te veel', reframe: 'Ik mag ruimte innemen' };

describe('the store of own cards', () => {
  it('holds none at first, and reads junk as none', async () => {
    const store = newStore();
    expect(await loadOwnCards(store)).toEqual([]);
    await set(OWN_CARDS_KEY, 'junk', store);
    expect(await loadOwnCards(store)).toEqual([]);
  });

  it('adds a card at the end, trimmed, with an id of its own, in a versioned envelope', async () => {
    const store = newStore();
    const saved = await saveOwnCard(
      { id: null, kind: 'reframe', typed: { ...reframe, thought: ' Ik ben te veel ' } },
      nlCards,
      NOW_MS,
      () => 0.5,
      store,
    );
    expect(saved).toMatchObject({ kind: 'reframe', ...reframe, writtenAtMs: NOW_MS });
    expect(await loadOwnCards(store)).toEqual([saved]);
    expect(await get(OWN_CARDS_KEY, store)).toEqual({ schemaVersion: 1, cards: [saved] });
  });

  it('edits a card in its place, keeping its id; the card itself is no duplicate of its old words', async () => {
    const store = newStore();
    const first = (await saveOwnCard(
      { id: null, kind: 'step', typed: { text: 'Vraag om hulp' } },
      nlCards,
      NOW_MS,
      () => 0.1,
      store,
    )) as OwnCard;
    const second = (await saveOwnCard(
      { id: null, kind: 'quote', typed: { text: 'Ik mag twijfelen' } },
      nlCards,
      NOW_MS,
      () => 0.2,
      store,
    )) as OwnCard;
    const same = await saveOwnCard(
      { id: first.id, kind: 'step', typed: { text: 'Vraag om hulp' } },
      nlCards,
      NOW_MS + 1,
      Math.random,
      store,
    );
    expect(same).toMatchObject({ id: first.id, writtenAtMs: NOW_MS + 1 });
    const edited = await saveOwnCard(
      { id: first.id, kind: 'step', typed: { text: 'Vraag Sam om hulp' } },
      nlCards,
      NOW_MS + 2,
      Math.random,
      store,
    );
    expect((await loadOwnCards(store)).map((card) => card.id)).toEqual([first.id, second.id]);
    expect((await loadOwnCards(store))[0]).toEqual(edited);
  });

  it('stores nothing for what is refused, and says why', async () => {
    const store = newStore();
    await saveOwnCard(
      { id: null, kind: 'reframe', typed: reframe },
      nlCards,
      NOW_MS,
      Math.random,
      store,
    );
    const before = await get(OWN_CARDS_KEY, store);
    expect(
      await saveOwnCard(
        { id: null, kind: 'reframe', typed: reframe },
        nlCards,
        NOW_MS,
        Math.random,
        store,
      ),
    ).toEqual({ isValid: false, errors: { reframe: 'duplicate' } });
    expect(
      await saveOwnCard(
        { id: null, kind: 'quote', typed: { text: ' ' } },
        nlCards,
        NOW_MS,
        Math.random,
        store,
      ),
    ).toEqual({ isValid: false, errors: { text: 'required' } });
    expect(
      await saveOwnCard(
        { id: 'own-gone', kind: 'quote', typed: { text: 'Nieuw' } },
        nlCards,
        NOW_MS,
        Math.random,
        store,
      ),
    ).toEqual({ isValid: false, reason: 'gone' });
    expect(await get(OWN_CARDS_KEY, store)).toEqual(before);
  });

  it('keeps at most its limit of cards, and says so', async () => {
    const store = newStore();
    const cards: OwnCard[] = Array.from({ length: OWN_CARDS_LIMIT }, (_, index) => ({
      id: `own-${index}`,
      kind: 'quote',
      text: `Regel ${index}`,
      writtenAtMs: 1,
    }));
    await set(OWN_CARDS_KEY, { schemaVersion: 1, cards }, store);
    expect(
      await saveOwnCard(
        { id: null, kind: 'quote', typed: { text: 'Nog één' } },
        nlCards,
        NOW_MS,
        Math.random,
        store,
      ),
    ).toEqual({ isValid: false, reason: 'full' });
    // An edit still goes.
    expect(
      await saveOwnCard(
        { id: 'own-0', kind: 'quote', typed: { text: 'Anders' } },
        nlCards,
        NOW_MS,
        Math.random,
        store,
      ),
    ).toMatchObject({ id: 'own-0', text: 'Anders' });
  });

  it('deletes a card, and says when there was none', async () => {
    const store = newStore();
    const saved = (await saveOwnCard(
      { id: null, kind: 'reframe', typed: reframe },
      nlCards,
      NOW_MS,
      Math.random,
      store,
    )) as OwnCard;
    expect(await deleteOwnCard(saved.id, store)).toBeNull();
    expect(await loadOwnCards(store)).toEqual([]);
    expect(await deleteOwnCard(saved.id, store)).toBe('gone');
  });

  it('saves two cards written at once in two pages: both are kept, one transaction each', async () => {
    const store = newStore();
    await Promise.all([
      saveOwnCard(
        { id: null, kind: 'quote', typed: { text: 'Eén' } },
        nlCards,
        NOW_MS,
        () => 0.1,
        store,
      ),
      saveOwnCard(
        { id: null, kind: 'quote', typed: { text: 'Twee' } },
        nlCards,
        NOW_MS,
        () => 0.2,
        store,
      ),
    ]);
    expect((await loadOwnCards(store)).map((card) => card.kind === 'quote' && card.text)).toEqual([
      'Eén',
      'Twee',
    ]);
  });
});

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

/** Saves a card as the settings page does, against the Dutch article's cards. */
const save = (
  store: ReturnType<typeof newStore>,
  draft: Parameters<typeof saveOwnCard>[0],
  { nowMs = NOW_MS, random = Math.random } = {},
) => saveOwnCard(draft, nlCards, nowMs, random, store);

describe('the store of own cards', () => {
  it('holds none at first, and reads junk as none', async () => {
    const store = newStore();
    expect(await loadOwnCards(store)).toEqual([]);
    await set(OWN_CARDS_KEY, 'junk', store);
    expect(await loadOwnCards(store)).toEqual([]);
  });

  it('adds a card at the end, trimmed, with an id of its own, in a versioned envelope', async () => {
    const store = newStore();
    const saved = await save(
      store,
      { base: null, kind: 'reframe', typed: { ...reframe, thought: ' Ik ben te veel ' } },
      { random: () => 0.5 },
    );
    expect(saved).toMatchObject({ kind: 'reframe', ...reframe, writtenAtMs: NOW_MS });
    expect(await loadOwnCards(store)).toEqual([saved]);
    expect(await get(OWN_CARDS_KEY, store)).toEqual({ schemaVersion: 1, cards: [saved] });
  });

  it('edits a card in its place, keeping its id; the card itself is no duplicate of its old words', async () => {
    const store = newStore();
    const first = (await save(
      store,
      { base: null, kind: 'step', typed: { text: 'Vraag om hulp' } },
      { random: () => 0.1 },
    )) as OwnCard;
    const second = (await save(
      store,
      { base: null, kind: 'quote', typed: { text: 'Ik mag twijfelen' } },
      { random: () => 0.2 },
    )) as OwnCard;
    const same = (await save(
      store,
      { base: first, kind: 'step', typed: { text: 'Vraag om hulp' } },
      { nowMs: NOW_MS + 1 },
    )) as OwnCard;
    expect(same).toMatchObject({ id: first.id, writtenAtMs: NOW_MS + 1 });
    const edited = await save(
      store,
      { base: same, kind: 'step', typed: { text: 'Vraag Sam om hulp' } },
      { nowMs: NOW_MS + 2 },
    );
    expect((await loadOwnCards(store)).map((card) => card.id)).toEqual([first.id, second.id]);
    expect((await loadOwnCards(store))[0]).toEqual(edited);
  });

  it('stores nothing for what is refused, and says why', async () => {
    const store = newStore();
    await save(store, { base: null, kind: 'reframe', typed: reframe });
    const before = await get(OWN_CARDS_KEY, store);
    expect(await save(store, { base: null, kind: 'reframe', typed: reframe })).toEqual({
      isValid: false,
      errors: { reframe: 'duplicate' },
    });
    expect(await save(store, { base: null, kind: 'quote', typed: { text: ' ' } })).toEqual({
      isValid: false,
      errors: { text: 'required' },
    });
    const gone: OwnCard = { id: 'own-gone', kind: 'quote', text: 'Oud', writtenAtMs: 1 };
    expect(await save(store, { base: gone, kind: 'quote', typed: { text: 'Nieuw' } })).toEqual({
      refused: 'gone',
    });
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
    expect(await save(store, { base: null, kind: 'quote', typed: { text: 'Nog één' } })).toEqual({
      refused: 'full',
    });
    // An edit still goes.
    expect(
      await save(store, { base: cards[0] as OwnCard, kind: 'quote', typed: { text: 'Anders' } }),
    ).toMatchObject({ id: 'own-0', text: 'Anders' });
  });

  it('refuses an edit of a card changed in another tab, with the card as stored now', async () => {
    const store = newStore();
    const base = (await save(store, {
      base: null,
      kind: 'quote',
      typed: { text: 'Eén' },
    })) as OwnCard;
    const first = await save(store, { base, kind: 'quote', typed: { text: 'Eerste tab' } });
    expect(first).toMatchObject({ id: base.id, text: 'Eerste tab' });
    const before = await get(OWN_CARDS_KEY, store);
    expect(await save(store, { base, kind: 'quote', typed: { text: 'Tweede tab' } })).toEqual({
      refused: 'changed',
      current: first,
    });
    expect(await get(OWN_CARDS_KEY, store)).toEqual(before);
  });

  it('deletes a card as its page shows it; gone already is done', async () => {
    const store = newStore();
    const saved = (await save(store, { base: null, kind: 'reframe', typed: reframe })) as OwnCard;
    expect(await deleteOwnCard(saved, store)).toEqual({ saved: null });
    expect(await loadOwnCards(store)).toEqual([]);
    expect(await deleteOwnCard(saved, store)).toEqual({ saved: null });
  });

  it('keeps a card changed in another tab meanwhile, and says how it is now', async () => {
    const store = newStore();
    const saved = (await save(store, { base: null, kind: 'reframe', typed: reframe })) as OwnCard;
    const changed = (await save(store, {
      base: saved,
      kind: 'reframe',
      typed: { ...reframe, reframe: 'Het kost me kracht, en dat mag.' },
    })) as OwnCard;
    expect(await deleteOwnCard(saved, store)).toEqual({ refused: 'changed', current: changed });
    expect(await loadOwnCards(store)).toEqual([changed]);
  });

  it('saves two cards written at once in two pages: both are kept, one transaction each', async () => {
    const store = newStore();
    await Promise.all([
      save(store, { base: null, kind: 'quote', typed: { text: 'Eén' } }, { random: () => 0.1 }),
      save(store, { base: null, kind: 'quote', typed: { text: 'Twee' } }, { random: () => 0.2 }),
    ]);
    expect((await loadOwnCards(store)).map((card) => card.kind === 'quote' && card.text)).toEqual([
      'Eén',
      'Twee',
    ]);
  });
});

import fc from 'fast-check';
import { createStore, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { Card, CardKind } from '@/utils/core/card';
import { getEnabledCardIds, listDeck } from '@/utils/core/deck';
import type { OwnCard } from '@/utils/core/own-cards';
import { type CardSource, DEFAULT_PREFERENCES } from '@/utils/core/preferences';
import { drawNextCard, hideCard, loadHiddenCardIds, unhideCard } from '@/utils/store/deck-store';
import {
  deleteOwnCard,
  loadOwnCards,
  OWN_CARDS_KEY,
  saveOwnCard,
} from '@/utils/store/own-cards-store';
import { savePreferences } from '@/utils/store/preferences-store';
import { randomFromSeed } from '../../helpers/random';

// The user's own cards in the shuffle bag, through the store as the pages use it: saved, edited
// and deleted with saveOwnCard and deleteOwnCard, drawn with drawNextCard.

let storeCount = 0;
const newStore = () => createStore(`own-deck-test-${++storeCount}`, 'keyval');

/** A small article deck, so that cycles end within a few draws. */
const ARTICLE: Card[] = [
  { id: 'quote-a', kind: 'quote', section: 'intro', text: 'kwetsbaar is niet zwak' },
  { id: 'step-b', kind: 'step', section: 'steps', text: 'deel iets kleins' },
  { id: 'reframe-c', kind: 'reframe', section: 'steps', thought: 'ik lijk zwak', reframe: 'moed' },
];

async function addOwn(
  store: UseStore,
  kind: CardKind,
  words: string,
  nowMs = 1000,
): Promise<OwnCard> {
  const typed =
    kind === 'reframe' ? { thought: words, reframe: `${words}, mild` } : { text: words };
  const saved = await saveOwnCard({ base: null, kind, typed }, ARTICLE, nowMs, Math.random, store);
  if (!('id' in saved)) throw new Error(`not saved: ${JSON.stringify(saved)}`);
  return saved;
}

async function withPreferences(store: UseStore, change: Partial<typeof DEFAULT_PREFERENCES>) {
  await savePreferences({ ...DEFAULT_PREFERENCES, ...change }, store);
}

/** The ids of `count` draws in a row, each its own transaction. */
async function drawIds(store: UseStore, count: number, random = randomFromSeed(3)) {
  const ids: (string | null)[] = [];
  for (let i = 0; i < count; i++)
    ids.push((await drawNextCard(ARTICLE, random, store)).card?.id ?? null);
  return ids;
}

describe('own cards in the deck', () => {
  it('join the bag as soon as they are saved, drawn with their words as written', async () => {
    const store = newStore();
    const own = await addOwn(store, 'reframe', 'ik <b>faal</b> 😔 אני');
    const drawn: Card[] = [];
    for (let i = 0; i < ARTICLE.length + 1; i++) {
      const { card } = await drawNextCard(ARTICLE, randomFromSeed(i), store);
      if (card) drawn.push(card);
    }
    expect(drawn.map((card) => card.id).sort()).toEqual(
      [...ARTICLE.map((card) => card.id), own.id].sort(),
    );
    expect(drawn.find((card) => card.id === own.id)).toEqual({
      id: own.id,
      kind: 'reframe',
      section: 'own',
      thought: 'ik <b>faal</b> 😔 אני',
      reframe: 'ik <b>faal</b> 😔 אני, mild',
    });
  });

  it.each<[CardSource, string[]]>([
    ['both', ['quote-a', 'step-b', 'reframe-c', 'own']],
    ['own', ['own']],
    ['article', ['quote-a', 'step-b', 'reframe-c']],
  ])('draw from %s: %j', async (cardSource, expected) => {
    const store = newStore();
    const own = await addOwn(store, 'question', 'waar wacht ik op?');
    await withPreferences(store, { cardSource });
    const ids = await drawIds(store, 2 * expected.length);
    const named = ids.map((id) => (id === own.id ? 'own' : id));
    expect(new Set(named)).toEqual(new Set(expected));
  });

  it('gives no card when only own cards are drawn and there are none', async () => {
    const store = newStore();
    await withPreferences(store, { cardSource: 'own' });
    expect(await drawIds(store, 2)).toEqual([null, null]);
  });

  it('follow the enabled kinds', async () => {
    const store = newStore();
    const step = await addOwn(store, 'step', 'bel een vriend');
    const question = await addOwn(store, 'question', 'wat voel ik nu?');
    await withPreferences(store, { enabledKinds: ['question'], cardSource: 'own' });
    expect(new Set(await drawIds(store, 4))).toEqual(new Set([question.id]));
    expect(step.kind).toBe('step');
  });

  it('are hidden and restored like the article’s cards', async () => {
    const store = newStore();
    const own = await addOwn(store, 'quote', 'ik hoef niet alles te weten');
    await hideCard(own.id, store);
    expect(await loadHiddenCardIds(store)).toEqual([own.id]);
    expect(await drawIds(store, 8)).not.toContain(own.id);
    await unhideCard(own.id, store);
    expect(await drawIds(store, ARTICLE.length + 1)).toContain(own.id);
  });

  it('leave the deck when deleted, and show new words at once when edited', async () => {
    const store = newStore();
    await withPreferences(store, { cardSource: 'own' });
    const first = await addOwn(store, 'step', 'vraag om hulp');
    const second = await addOwn(store, 'step', 'zeg nee');
    const edited = await saveOwnCard(
      { base: first, kind: 'step', typed: { text: 'vraag om hulp, vandaag' } },
      ARTICLE,
      2000,
      Math.random,
      store,
    );
    expect(edited).toMatchObject({ id: first.id, text: 'vraag om hulp, vandaag' });
    const texts = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const { card } = await drawNextCard(ARTICLE, randomFromSeed(i), store);
      if (card?.kind === 'step') texts.add(card.text);
    }
    expect(texts).toEqual(new Set(['vraag om hulp, vandaag', 'zeg nee']));
    await deleteOwnCard(second, store);
    expect(new Set(await drawIds(store, 3))).toEqual(new Set([first.id]));
  });

  it('leave out half a reframe from a damaged record, and every valid card stays drawable', async () => {
    const store = newStore();
    await set(
      OWN_CARDS_KEY,
      {
        schemaVersion: 1,
        cards: [
          { id: 'own-half', kind: 'reframe', thought: 'alleen de gedachte', writtenAtMs: 1 },
          'junk',
          { id: 'own-ok', kind: 'quote', text: '  heel  ', writtenAtMs: 2 },
          { id: 'own-poem', kind: 'poem', text: 'onbekend' },
        ],
      },
      store,
    );
    await withPreferences(store, { cardSource: 'own' });
    expect(new Set(await drawIds(store, 3))).toEqual(new Set(['own-ok']));
    // The half reframe is kept for the user to finish in the settings.
    expect((await loadOwnCards(store)).map((card) => card.id)).toEqual(['own-half', 'own-ok']);
  });
});

/** One thing a person does between two openings of the popup. */
type Step =
  | { do: 'draw' }
  | { do: 'add'; kind: CardKind }
  | { do: 'edit'; pick: number }
  | { do: 'delete'; pick: number }
  | { do: 'source'; source: CardSource };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ do: 'draw' } as const) },
  {
    weight: 2,
    arbitrary: fc.record({
      do: fc.constant('add' as const),
      kind: fc.constantFrom<CardKind>('quote', 'reframe', 'question', 'step'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('edit' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('delete' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      do: fc.constant('source' as const),
      source: fc.constantFrom<CardSource>('both', 'own', 'article'),
    }),
  },
);

describe('the bag’s promise with own cards added, edited and deleted mid-cycle', () => {
  it('no card repeats until every card that can be drawn has been shown', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { maxLength: 40 }), fc.integer(), async (steps, seed) => {
        const store = newStore();
        const random = randomFromSeed(seed);
        let source: CardSource = 'both';
        let written = 0;
        /** The cards shown since the cycle began. */
        let seen = new Set<string>();
        for (const step of steps) {
          const own = await loadOwnCards(store);
          if (step.do === 'add') {
            await addOwn(store, step.kind, `kaart ${++written}`, written);
          } else if (step.do === 'edit' && own.length > 0) {
            const card = own[step.pick % own.length] as OwnCard;
            const typed =
              card.kind === 'reframe'
                ? { thought: `anders ${++written}`, reframe: 'mild' }
                : { text: `anders ${++written}` };
            await saveOwnCard({ base: card, kind: card.kind, typed }, ARTICLE, 5, random, store);
          } else if (step.do === 'delete' && own.length > 0) {
            await deleteOwnCard(own[step.pick % own.length] as OwnCard, store);
          } else if (step.do === 'source') {
            source = step.source;
            await withPreferences(store, { cardSource: source });
          } else if (step.do === 'draw') {
            const drawable = getEnabledCardIds(
              listDeck(ARTICLE, own, source),
              DEFAULT_PREFERENCES.enabledKinds,
              [],
            );
            const { card } = await drawNextCard(ARTICLE, random, store);
            if (drawable.length === 0) {
              expect(card).toBeNull();
              continue;
            }
            const id = card?.id ?? 'none';
            expect(drawable).toContain(id);
            if (seen.has(id)) {
              // A repeat begins a new cycle: only once every drawable card has had its turn.
              expect(drawable.filter((each) => !seen.has(each))).toEqual([]);
              seen = new Set();
            }
            seen.add(id);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

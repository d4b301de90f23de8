import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cards as enCards } from '@/assets/content/en';
import { cards as nlCards } from '@/assets/content/nl';
import {
  commitChosenStep,
  handleMessage,
  type MessageDeps,
} from '@/entrypoints/background/messages';
import { NotesFullError } from '@/entrypoints/background/pauses';
import { drawPopupCard } from '@/entrypoints/background/popup';
import type { Card } from '@/utils/core/card';
import { showCardLine } from '@/utils/core/card-text';
import { getFollowUpDueMs, OPEN_INTENTIONS_MAX } from '@/utils/core/intentions';
import type { Language, LanguagePreference } from '@/utils/core/language';
import type { PauseEvent, PauseState } from '@/utils/core/pause-model';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';
import { isMessage, type Message, type MessageResponse } from '@/utils/glue/message-contract';
import { getDatabase } from '@/utils/store/database';
import { hideCard, loadHiddenCardIds, unhideCard } from '@/utils/store/deck-store';
import { loadIntentions } from '@/utils/store/intentions-store';
import { saveOwnCard } from '@/utils/store/own-cards-store';
import { savePreferences } from '@/utils/store/preferences-store';

const taking: PauseState = {
  phase: { kind: 'taking', sinceMs: 5, cardId: 'quote-a' },
  anchorMs: 0,
  idleSinceMs: null,
  plan: { atMs: 100, reason: 'interval' },
};

const drawnCard: Card = { id: 'quote-b', kind: 'quote', section: 'intro', text: 'b' };

function fakeDeps(): MessageDeps {
  return {
    apply: vi.fn(async () => taking),
    updatePopup: vi.fn(async () => {}),
    clearBadge: vi.fn(async () => {}),
    countOpenSteps: vi.fn(async () => 2),
    loadPauseState: vi.fn(async () => taking),
    drawPopupCard: vi.fn(async () => ({ card: drawnCard, language: 'en' as const })),
    hideCard: vi.fn(async () => {}),
    unhideCard: vi.fn(async () => {}),
    announceChange: vi.fn(),
    commitStep: vi.fn(async () => ({ refused: null, lookBackDueMs: 0 })),
  };
}

describe('handleMessage', () => {
  it('reserves the next card and takes the mark off the button when the popup opens', async () => {
    const deps = fakeDeps();
    expect(await handleMessage({ type: 'popup-opened' }, deps)).toEqual({
      openSteps: 2,
      state: taking,
    });
    expect(deps.updatePopup).toHaveBeenCalledWith({ reserveNext: true });
    expect(deps.clearBadge).toHaveBeenCalled();
    expect(deps.apply).not.toHaveBeenCalled();
  });

  it('answers the popup without a pause state when none can be read', async () => {
    const deps = fakeDeps();
    deps.loadPauseState = vi.fn(async () => {
      throw new Error('unreadable');
    });
    expect(await handleMessage({ type: 'popup-opened' }, deps)).toEqual({
      openSteps: 2,
      state: null,
    });
  });

  it.each<[string, unknown, PauseEvent]>([
    [
      'pause-finished',
      { type: 'pause-finished', note: 'hoi' },
      { type: 'pause-finished', note: 'hoi' },
    ],
    [
      'pause-snoozed',
      { type: 'pause-snoozed', minutes: 15 },
      { type: 'pause-snoozed', minutes: 15 },
    ],
    [
      'reminders-paused',
      { type: 'reminders-paused', span: 'hour' },
      { type: 'reminders-paused', span: 'hour' },
    ],
    ['reminders-resumed', { type: 'reminders-resumed' }, { type: 'reminders-resumed' }],
    [
      'preferences-changed',
      { type: 'preferences-changed', changedFields: ['activeDays'] },
      { type: 'preferences-changed', changedFields: ['activeDays'] },
    ],
  ])('turns %s into its pause event and answers with the state', async (_name, message, event) => {
    const deps = fakeDeps();
    expect(await handleMessage(message, deps)).toEqual({ state: taking });
    expect(deps.apply).toHaveBeenCalledWith(event);
  });

  it('checks the card reserved for the popup when a card was hidden', async () => {
    const deps = fakeDeps();
    await handleMessage({ type: 'deck-changed' }, deps);
    expect(deps.updatePopup).toHaveBeenCalledWith({ reserveNext: false });
    expect(deps.apply).not.toHaveBeenCalled();
  });

  it('answers the popup’s ask for a card with the next drawn, and its language', async () => {
    const deps = fakeDeps();
    expect(await handleMessage({ type: 'card-asked' }, deps)).toEqual({
      card: drawnCard,
      language: 'en',
    });
    expect(deps.hideCard).not.toHaveBeenCalled();
    expect(deps.apply).not.toHaveBeenCalled();
  });

  it('hides a card, tells the pages, checks the reserved card, then draws the next', async () => {
    const deps = fakeDeps();
    const order: string[] = [];
    deps.hideCard = vi.fn(async () => void order.push('hide'));
    deps.announceChange = vi.fn(() => void order.push('announce'));
    deps.updatePopup = vi.fn(async () => void order.push('reserve'));
    deps.drawPopupCard = vi.fn(async () => {
      order.push('draw');
      return { card: drawnCard, language: 'nl' as const };
    });
    expect(await handleMessage({ type: 'card-hidden', cardId: 'quote-a' }, deps)).toEqual({
      card: drawnCard,
      language: 'nl',
    });
    expect(deps.hideCard).toHaveBeenCalledWith('quote-a');
    expect(deps.announceChange).toHaveBeenCalledWith('hidden-cards');
    expect(deps.updatePopup).toHaveBeenCalledWith({ reserveNext: false });
    expect(order).toEqual(['hide', 'announce', 'reserve', 'draw']);
  });

  it('lets a hide that cannot be stored fail, and tells and draws nothing', async () => {
    const deps = fakeDeps();
    deps.hideCard = vi.fn(async () => Promise.reject(new Error('storage')));
    await expect(handleMessage({ type: 'card-hidden', cardId: 'quote-a' }, deps)).rejects.toThrow(
      'storage',
    );
    expect(deps.announceChange).not.toHaveBeenCalled();
    expect(deps.drawPopupCard).not.toHaveBeenCalled();
  });

  it('restores a hidden card and tells the pages', async () => {
    const deps = fakeDeps();
    expect(await handleMessage({ type: 'card-restored', cardId: 'own-1' }, deps)).toEqual({});
    expect(deps.unhideCard).toHaveBeenCalledWith('own-1');
    expect(deps.announceChange).toHaveBeenCalledWith('hidden-cards');
    expect(deps.drawPopupCard).not.toHaveBeenCalled();
  });

  it('answers "Klaar" that the history took no more notes, and lets other failures through', async () => {
    const deps = fakeDeps();
    deps.apply = vi.fn(async () => Promise.reject(new NotesFullError()));
    const message = { type: 'pause-finished', note: 'n', startedAtMs: 5 };
    expect(await handleMessage(message, deps)).toEqual({ refused: 'notesFull' });
    deps.apply = vi.fn(async () => Promise.reject(new Error('storage')));
    await expect(handleMessage(message, deps)).rejects.toThrow('storage');
  });

  it.each<[string, string | null, string]>([
    ['the card announced, drawing none', 'quote-a', 'quote-a'],
    ['a card drawn from the bag when none was announced', null, drawnCard.id],
  ])('answers the pause page with %s', async (_name, announced, cardId) => {
    const deps = fakeDeps();
    const state: PauseState = {
      ...taking,
      phase: { kind: 'taking', sinceMs: 5, cardId: announced },
    };
    deps.apply = vi.fn(async () => state);
    expect(await handleMessage({ type: 'pause-opened' }, deps)).toEqual({
      state,
      cardId,
      startedAtMs: 5,
    });
    expect(deps.apply).toHaveBeenCalledWith({ type: 'pause-opened' });
    expect(deps.drawPopupCard).toHaveBeenCalledTimes(announced ? 0 : 1);
  });

  it.each([
    [true, ['enabledKinds']],
    [false, ['language', 'intervalMinutes']],
  ])('reserves another card (%s) when %j changed', async (reserveNext, changedFields) => {
    const deps = fakeDeps();
    await handleMessage({ type: 'preferences-changed', changedFields }, deps);
    expect(deps.updatePopup).toHaveBeenCalledWith({ reserveNext });
  });

  it.each([
    null,
    'pause-finished',
    { type: 'pause-finished' },
    { type: 'pause-finished', note: 'x'.repeat(2001) },
    { type: 'pause-finished', note: 'n', startedAtMs: 1e20 },
    { type: 'pause-snoozed', minutes: 7 },
    { type: 'reminders-paused', span: 'week' },
    { type: 'card-hidden' },
    { type: 'card-hidden', cardId: '' },
    { type: 'card-hidden', cardId: 7 },
    { type: 'card-hidden', cardId: ['quote-a'] },
    { type: 'card-hidden', cardId: 'x'.repeat(201) },
    { type: 'step-chosen', id: 's', cardId: 'step-a', words: 'met Sam', lookBack: 'next-year' },
    { type: 'step-chosen', id: 's', cardId: 'step-a', words: 7, lookBack: 'tomorrow' },
    { type: 'step-chosen', id: 's', cardId: '', words: 'met Sam', lookBack: 'tomorrow' },
    {
      type: 'step-chosen',
      id: 's',
      cardId: 'step-a',
      words: 'x'.repeat(1121),
      lookBack: 'tomorrow',
    },
    { type: 'step-chosen', cardId: 'step-a', words: 'met Sam', lookBack: 'tomorrow' },
    { type: 'step-chosen', id: '', cardId: 'step-a', words: 'met Sam', lookBack: 'tomorrow' },
    { type: 'card-restored', cardId: null },
    { type: 'card-restored', cardId: { id: 'quote-a' } },
    { type: 'unknown' },
  ])('ignores %j: not ours, or not well formed', (message) => {
    const deps = fakeDeps();
    expect(handleMessage(message, deps)).toBeUndefined();
    expect(deps.apply).not.toHaveBeenCalled();
    expect(deps.hideCard).not.toHaveBeenCalled();
    expect(deps.unhideCard).not.toHaveBeenCalled();
    expect(deps.commitStep).not.toHaveBeenCalled();
  });
});

describe('a small step chosen in the popup', () => {
  const chosen = {
    type: 'step-chosen',
    id: 'step-chosen-1',
    cardId: 'step-start-small',
    lookBack: 'tomorrow',
  } as const;

  beforeEach(async () => {
    await clear(getDatabase());
    await savePreferences(DEFAULT_PREFERENCES);
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('nl');
  });

  it('is stored once when it is sent again, as a page does when the worker stopped', async () => {
    const deps = { ...fakeDeps(), commitStep: commitChosenStep };
    const first = await handleMessage({ ...chosen, words: 'met Sam' }, deps);
    const again = await handleMessage({ ...chosen, words: 'met Sam' }, deps);
    expect(await loadIntentions()).toHaveLength(1);
    expect(again).toEqual(first);
  });

  it('is stored with the words as trimmed, and the journal hears of it', async () => {
    const deps = { ...fakeDeps(), commitStep: commitChosenStep };
    const answer = await handleMessage({ ...chosen, words: '  met Sam, na de lunch ' }, deps);
    const [stored] = await loadIntentions();
    expect(stored).toMatchObject({ cardId: 'step-start-small', words: 'met Sam, na de lunch' });
    expect(deps.announceChange).toHaveBeenCalledWith('history');
    // The answer says when its follow-up can first come, inside the active hours as stored.
    expect(answer).toEqual({
      refused: null,
      lookBackDueMs: stored && getFollowUpDueMs(stored, DEFAULT_PREFERENCES),
    });
  });

  it('says when a look-back later today can first come: when the active hours next open', async () => {
    // Tuesday 16:00, the default hours 9 to 5 on weekdays: two hours on is past them.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 1, 16));
    const deps = { ...fakeDeps(), commitStep: commitChosenStep };
    const answer = await handleMessage({ ...chosen, lookBack: 'later-today', words: '' }, deps);
    vi.useRealTimers();
    const [stored] = await loadIntentions();
    expect(stored?.lookBackAtMs).toBe(new Date(2026, 11, 1, 18).getTime());
    expect(answer).toEqual({ refused: null, lookBackDueMs: new Date(2026, 11, 2, 9).getTime() });
  });

  it("keeps the words of its card as the popup showed them, found by the card's id", async () => {
    const deps = { ...fakeDeps(), commitStep: commitChosenStep };
    const card = nlCards.find((each) => each.id === chosen.cardId) as Card;
    // Words the page sends for the card are not taken: only the card's own.
    await handleMessage({ ...chosen, words: '', stepText: 'iets anders' }, deps);
    await handleMessage({ ...chosen, id: 'step-chosen-2', cardId: 'step-gone', words: '' }, deps);
    expect((await loadIntentions()).map((stored) => stored.stepText)).toEqual([
      showCardLine(card),
      '',
    ]);
  });

  it('keeps the words of an own step card, in the language the popup shows', async () => {
    await savePreferences({ ...DEFAULT_PREFERENCES, language: 'en' });
    const own = await saveOwnCard(
      { base: null, kind: 'step', typed: { text: 'bel Sam' } },
      nlCards,
      1_000,
    );
    if (typeof own === 'string' || !('id' in own)) throw new Error('not saved');
    const deps = { ...fakeDeps(), commitStep: commitChosenStep };
    await handleMessage({ ...chosen, cardId: own.id, words: '' }, deps);
    await handleMessage({ ...chosen, id: 'step-chosen-2', words: '' }, deps);
    const english = enCards.find((each) => each.id === chosen.cardId) as Card;
    expect((await loadIntentions()).map((stored) => stored.stepText)).toEqual([
      'bel Sam',
      showCardLine(english),
    ]);
  });

  it('is refused, with the reason and nothing stored or said, when its words are too long', async () => {
    const deps = { ...fakeDeps(), commitStep: commitChosenStep };
    const answer = await handleMessage({ ...chosen, words: 'x'.repeat(281) }, deps);
    expect(answer).toEqual({ refused: 'wordsTooLong' });
    expect(await loadIntentions()).toEqual([]);
    expect(deps.announceChange).not.toHaveBeenCalled();
  });

  it('is refused while a few steps are open already', async () => {
    const deps = { ...fakeDeps(), commitStep: commitChosenStep };
    for (let step = 0; step < OPEN_INTENTIONS_MAX; step++) {
      const sent = { ...chosen, id: `step-chosen-${step}`, words: `stap ${step}` };
      expect(await handleMessage(sent, deps)).toMatchObject({
        refused: null,
      });
    }
    expect(await handleMessage({ ...chosen, id: 'step-chosen-9', words: 'nog een' }, deps)).toEqual(
      {
        refused: 'tooManyOpen',
      },
    );
    expect(await loadIntentions()).toHaveLength(OPEN_INTENTIONS_MAX);
  });
});

describe('the popup’s card messages, as the popup sends them', () => {
  it('name the card they hide or restore, and answer with a card and its language', () => {
    expectTypeOf<Message<'card-asked'>>().toMatchObjectType<{ type: 'card-asked' }>();
    expectTypeOf<Message<'card-hidden'>>().toMatchObjectType<{
      type: 'card-hidden';
      cardId: string;
    }>();
    expectTypeOf<Message<'card-restored'>>().toMatchObjectType<{
      type: 'card-restored';
      cardId: string;
    }>();
    expectTypeOf<MessageResponse<'card-asked'>>().toEqualTypeOf<{
      card: Card | null;
      language: Language;
    }>();
    expectTypeOf<MessageResponse<'card-hidden'>>().toEqualTypeOf<MessageResponse<'card-asked'>>();
  });
});

describe('isMessage', () => {
  it.each([
    [{ type: 'preferences-changed', changedFields: ['language'] }, true],
    [{ type: 'preferences-changed', changedFields: [] }, true],
    [{ type: 'preferences-changed' }, false],
    [{ type: 'preferences-changed', changedFields: 'language' }, false],
    [{ type: 'preferences-changed', changedFields: [1] }, false],
    [{ type: 'popup-opened' }, true],
    [{ type: 'card-asked' }, true],
    [{ type: 'card-hidden', cardId: 'quote-a' }, true],
    [{ type: 'card-hidden', cardId: 'x'.repeat(200) }, true],
    [{ type: 'card-hidden', cardId: 'x'.repeat(201) }, false],
    [{ type: 'card-hidden', cardId: '' }, false],
    [{ type: 'card-hidden' }, false],
    [{ type: 'card-restored', cardId: 'own-1' }, true],
    [{ type: 'card-restored', cardId: 1 }, false],
    [{ type: 'toString' }, false],
    [{ type: 'something-else' }, false],
    [{}, false],
    [null, false],
    ['preferences-changed', false],
    [undefined, false],
  ])('%j → %s', (value, expected) => {
    expect(isMessage(value)).toBe(expected);
  });
});

describe('the popup’s cards, drawn from the stored deck', () => {
  /** The real deck and bag; the popup's address and the other pages are left out. */
  function deckDeps(uiLanguage = 'nl-NL'): MessageDeps {
    return {
      ...fakeDeps(),
      drawPopupCard: () =>
        drawPopupCard({
          action: { setPopup: async () => {}, getPopup: async () => '' },
          getUiLanguage: () => uiLanguage,
          random: Math.random,
        }),
      hideCard: (cardId) => hideCard(cardId),
      unhideCard: (cardId) => unhideCard(cardId),
    };
  }

  const ask = async (deps: MessageDeps) =>
    (await handleMessage({ type: 'card-asked' }, deps)) as MessageResponse<'card-asked'>;
  const hide = async (deps: MessageDeps, cardId: string) =>
    (await handleMessage({ type: 'card-hidden', cardId }, deps)) as MessageResponse<'card-hidden'>;

  beforeEach(async () => {
    await clear(getDatabase());
    await savePreferences(DEFAULT_PREFERENCES);
  });

  it.each<[string, LanguagePreference, 'nl' | 'en']>([
    ['nl-NL', 'auto', 'nl'],
    ['de-DE', 'auto', 'en'],
    ['nl-BE', 'en', 'en'],
    ['en-US', 'nl', 'nl'],
  ])(
    'browser %s, chosen %s: answers in %s, with that language’s words',
    async (ui, chosen, language) => {
      await savePreferences({ ...DEFAULT_PREFERENCES, language: chosen });
      const deps = deckDeps(ui);
      const deck = language === 'nl' ? nlCards : enCards;
      for (const answer of [await ask(deps), await hide(deps, 'quote-seen-as-weakness')]) {
        expect(answer.language).toBe(language);
        expect(answer.card).toEqual(deck.find((card) => card.id === answer.card?.id));
      }
    },
  );

  it('never answers a hidden card again, through a whole cycle of the bag', async () => {
    const deps = deckDeps();
    const { card: first } = await ask(deps);
    const hidden = first?.id as string;
    const { card: next } = await hide(deps, hidden);
    expect(await loadHiddenCardIds()).toEqual([hidden]);
    const answered = [next?.id];
    for (let draw = 0; draw < 2 * nlCards.length; draw++) answered.push((await ask(deps)).card?.id);
    expect(answered).not.toContain(hidden);
    expect(new Set(answered).size).toBe(nlCards.length - 1);
  });

  it('answers no card once every card is hidden, and draws a restored one again', async () => {
    await savePreferences({ ...DEFAULT_PREFERENCES, enabledKinds: ['question'] });
    const deps = deckDeps();
    const questions = nlCards.filter((card) => card.kind === 'question');
    let answer = await ask(deps);
    for (const _question of questions) answer = await hide(deps, answer.card?.id as string);
    expect(answer).toEqual({ card: null, language: 'nl' });
    expect(await ask(deps)).toEqual({ card: null, language: 'nl' });

    const restored = questions[0] as Card;
    expect(await handleMessage({ type: 'card-restored', cardId: restored.id }, deps)).toEqual({});
    expect(await ask(deps)).toEqual({ card: restored, language: 'nl' });
  });
});

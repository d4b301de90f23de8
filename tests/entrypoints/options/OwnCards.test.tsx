// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { createStore, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cards as enCards } from '@/assets/content/en';
import { cards } from '@/assets/content/nl';
import { messages as en } from '@/assets/i18n/en';
import { messages } from '@/assets/i18n/nl';
import type { UiMessages } from '@/assets/i18n/types';
import { App, type OptionsAppProps } from '@/entrypoints/options/App';
import type { OwnCardDraft } from '@/entrypoints/options/settings-page';
import type { Card, ReframeCard } from '@/utils/core/card';
import { OWN_CARD_MAX_CHARS, type OwnCard, toStoredOwnCards } from '@/utils/core/own-cards';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';
import {
  deleteOwnCard,
  loadOwnCards,
  OWN_CARDS_KEY,
  saveOwnCard,
} from '@/utils/store/own-cards-store';
import { optionsProps } from '../../helpers/options-props';

afterEach(cleanup);

const NOW_MS = new Date(2026, 11, 1, 10).getTime();
let storeCount = 0;

const STEP: OwnCard = { id: 'own-step', kind: 'step', text: 'Vraag Sam om hulp.', writtenAtMs: 1 };
const REFRAME: OwnCard = {
  id: 'own-reframe',
  kind: 'reframe',
  thought: 'Ik ben te gevoelig',
  reframe: 'Mijn gevoel wijst me de weg',
  writtenAtMs: 2,
};
/** Half a reframe, as read back from damaged storage. */
const HALF: OwnCard = {
  id: 'own-half',
  kind: 'reframe',
  thought: 'Niemand wil dit horen',
  reframe: '',
  writtenAtMs: 3,
};

/** The article's first reframe in Dutch: the guided start's first example. */
const EXAMPLE = cards.find((card): card is ReframeCard => card.kind === 'reframe') as ReframeCard;

/**
 * The settings page on a real own-cards store (a fresh IndexedDB per test) holding `stored`: the
 * save and delete props do what the page does, and record what they are asked.
 */
async function renderOptions(
  stored: readonly OwnCard[] = [],
  overrides: Partial<OptionsAppProps> = {},
) {
  const store = createStore(`own-cards-page-${++storeCount}`, 'keyval');
  // Stored as the store keeps them (half a reframe too, as damaged storage is read back).
  await set(OWN_CARDS_KEY, toStoredOwnCards(stored), store);
  const shown = await loadOwnCards(store);
  expect(shown).toEqual(stored);
  const props = optionsProps({
    ownCards: shown,
    onSaveOwnCard: vi.fn(async (draft: OwnCardDraft, articleCards: readonly Card[]) => ({
      result: await saveOwnCard(draft, articleCards, NOW_MS, Math.random, store),
      ownCards: await loadOwnCards(store),
    })),
    onDeleteOwnCard: vi.fn(async (card: OwnCard) => ({
      result: await deleteOwnCard(card, store),
      ownCards: await loadOwnCards(store),
    })),
    dataSummary: { pauses: 0, notes: 0, hiddenCards: 0, ownCards: stored.length, steps: 0 },
    ...overrides,
  });
  const view = render(<App {...props} />);
  return { props, view, store, shown };
}

const ownList = () => document.querySelector('.own-card-list') as HTMLUListElement;
const items = () => within(ownList()).getAllByRole('listitem');
const editor = (name = messages.newOwnCardHeading) => screen.getByRole('group', { name });
const field = (label: string) => screen.getByLabelText(label) as HTMLTextAreaElement;
const button = (name: string, container: HTMLElement = document.body) =>
  within(container).getByRole('button', { name }) as HTMLButtonElement;
const ownStatus = () => document.querySelector('.own-cards-status') as HTMLElement;
const dialog = () => document.querySelectorAll('dialog')[0] as HTMLDialogElement;

/** What a person does: types (or pastes) words into a field. */
function type(label: string, words: string) {
  fireEvent.input(field(label), { target: { value: words } });
}

/** Expects the message beside the field, tied to it, with the field marked invalid. */
function expectRefusedBeside(label: string, message: string) {
  const input = field(label);
  const error = within(input.closest('.field') as HTMLElement).getByText(message);
  expect(input.getAttribute('aria-invalid')).toBe('true');
  expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
}

function expectAccepted(label: string) {
  const input = field(label);
  expect(input.getAttribute('aria-invalid')).toBe('false');
  expect((input.closest('.field') as HTMLElement).querySelector('.field-error')?.textContent).toBe(
    '',
  );
}

/** Opens the editor for a new card of `kind` (by its name in the editor). */
function startNewCard(kindName: string) {
  fireEvent.click(button(messages.addOwnCard));
  fireEvent.click(within(editor()).getByRole('radio', { name: kindName }));
}

describe('the list of own cards', () => {
  it('shows each card as written, in order, with its kind and a reframe as thought and answer', async () => {
    await renderOptions([STEP, REFRAME]);
    screen.getByRole('heading', { level: 3, name: messages.ownCardsHeading });
    screen.getByText(messages.ownCardsHint);
    const [step, reframe] = items();
    expect(step?.querySelector('.own-card-text')?.textContent).toBe(
      'Kleine stap: Vraag Sam om hulp.',
    );
    expect(reframe?.querySelector('.own-card-text')?.textContent).toBe(
      `Zelfspraak: Ik ben te gevoelig → ${messages.ownCardReframeJoin}Mijn gevoel wijst me de weg`,
    );
    // The arrow shows; a screen reader hears words instead.
    expect(
      within(reframe as HTMLElement)
        .getByText('→')
        .getAttribute('aria-hidden'),
    ).toBe('true');
  });

  it('names the card in the description of its Edit and Delete buttons', async () => {
    await renderOptions([STEP, REFRAME]);
    const [, reframe] = items();
    for (const name of [messages.editOwnCard, messages.deleteOwnCard]) {
      const target = button(name, reframe as HTMLElement);
      const description = document.getElementById(target.getAttribute('aria-describedby') ?? '');
      expect(description?.textContent).toContain('Ik ben te gevoelig');
      expect(description?.textContent).toContain('Mijn gevoel wijst me de weg');
    }
  });

  it('says when there are none', async () => {
    await renderOptions();
    screen.getByText(messages.ownCardsNone);
    expect(document.querySelector('.own-card-list')).toBeNull();
  });

  it('shows markup, emoji and right-to-left words as text, each reading in its own direction', async () => {
    const odd: OwnCard[] = [
      {
        id: 'own-b',
        kind: 'quote',
        text: '<b>Moed</b> & <img src=x onerror=alert(1)>',
        writtenAtMs: 1,
      },
      { id: 'own-emoji', kind: 'step', text: 'Even ademen 🌿💚', writtenAtMs: 2 },
      { id: 'own-hebrew', kind: 'question', text: 'מה אני מרגיש עכשיו?', writtenAtMs: 3 },
    ];
    await renderOptions(odd);
    const words = screen.getByText('<b>Moed</b> & <img src=x onerror=alert(1)>');
    expect(words.getAttribute('dir')).toBe('auto');
    expect(ownList().querySelector('b, img')).toBeNull();
    expect(screen.getByText('Even ademen 🌿💚').getAttribute('dir')).toBe('auto');
    expect(screen.getByText('מה אני מרגיש עכשיו?').getAttribute('dir')).toBe('auto');
  });

  it('shows half a reframe with a kind note, and Edit opens it to fill in the rest', async () => {
    await renderOptions([HALF]);
    const [half] = items() as HTMLElement[];
    const note = within(half as HTMLElement).getByText(messages.ownCardIncomplete.reframe);
    const edit = button(messages.editOwnCard, half as HTMLElement);
    expect(edit.getAttribute('aria-describedby')?.split(' ')).toContain(note.id);
    fireEvent.click(edit);
    editor(messages.editOwnCardHeading);
    expect(field(messages.ownCardThoughtLabel).value).toBe('Niemand wil dit horen');
    expect(field(messages.ownCardReframeLabel).value).toBe('');
  });
});

describe('adding an own card', () => {
  it('opens the editor at the kind, saves a small step, says so and focuses its Edit button', async () => {
    const { props } = await renderOptions([STEP]);
    fireEvent.click(button(messages.addOwnCard));
    const group = editor();
    // A new card starts as self-talk, with focus on that choice.
    const reframeKind = within(group).getByRole('radio', {
      name: 'Zelfspraak',
    }) as HTMLInputElement;
    expect(reframeKind.checked).toBe(true);
    expect(document.activeElement).toBe(reframeKind);
    fireEvent.click(within(group).getByRole('radio', { name: 'Kleine stap' }));
    type(messages.ownCardTextLabels.step, '  Zeg vandaag één keer eerlijk hoe het gaat.  ');
    fireEvent.click(button(messages.saveOwnCard, group));

    await waitFor(() => expect(ownStatus().textContent).toBe(messages.ownCardSaved));
    expect(props.onSaveOwnCard).toHaveBeenCalledWith(
      {
        base: null,
        kind: 'step',
        typed: { text: '  Zeg vandaag één keer eerlijk hoe het gaat.  ' },
      },
      cards,
    );
    expect(screen.queryByRole('group', { name: messages.newOwnCardHeading })).toBeNull();
    const added = items()[1] as HTMLElement;
    within(added).getByText('Zeg vandaag één keer eerlijk hoe het gaat.');
    await waitFor(() => expect(document.activeElement).toBe(button(messages.editOwnCard, added)));
    // The data summary counts it.
    screen.getByText(
      `${messages.dataSummary(0, 0, 0)} ${messages.ownCardsSummary(2)} ${messages.stepsSummary(0)}`,
    );
  });

  it('saves self-talk from its two fields', async () => {
    const { props } = await renderOptions();
    fireEvent.click(button(messages.addOwnCard));
    type(messages.ownCardThoughtLabel, 'Ik stel me aan');
    type(messages.ownCardReframeLabel, 'Wat ik voel, telt');
    fireEvent.click(button(messages.saveOwnCard));
    await waitFor(() => expect(ownStatus().textContent).toBe(messages.ownCardSaved));
    expect(props.onSaveOwnCard).toHaveBeenCalledWith(
      {
        base: null,
        kind: 'reframe',
        typed: { thought: 'Ik stel me aan', reframe: 'Wat ik voel, telt' },
      },
      cards,
    );
    within(ownList()).getByText('Ik stel me aan');
    within(ownList()).getByText('Wat ik voel, telt');
  });

  it('is a group in the settings form, not a form of its own, and Enter in the form saves nothing of it', async () => {
    const { props, view } = await renderOptions();
    fireEvent.click(button(messages.addOwnCard));
    const group = editor();
    expect(group.tagName).toBe('DIV');
    expect(group.closest('form')).toBe(view.container.querySelector('form'));
    expect(group.querySelector('form')).toBeNull();
    for (const control of within(group).getAllByRole('button')) {
      expect(control.getAttribute('type')).toBe('button');
    }
    type(messages.ownCardThoughtLabel, 'Ik stel me aan');
    fireEvent.submit(field(messages.ownCardThoughtLabel).form as HTMLFormElement);
    expect(props.onSaveOwnCard).not.toHaveBeenCalled();
    expect(field(messages.ownCardThoughtLabel).value).toBe('Ik stel me aan');
  });

  it('is cancelled by its button, saving nothing, with focus back on "Add"', async () => {
    const { props } = await renderOptions();
    fireEvent.click(button(messages.addOwnCard));
    type(messages.ownCardThoughtLabel, 'Ik stel me aan');
    fireEvent.click(button(messages.cancel, editor()));
    expect(screen.queryByRole('group', { name: messages.newOwnCardHeading })).toBeNull();
    expect(props.onSaveOwnCard).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(button(messages.addOwnCard)));
  });

  it('is cancelled by Escape from any field', async () => {
    const { props } = await renderOptions();
    fireEvent.click(button(messages.addOwnCard));
    type(messages.ownCardReframeLabel, 'Wat ik voel, telt');
    fireEvent.keyDown(field(messages.ownCardReframeLabel), { key: 'Escape' });
    expect(screen.queryByRole('group', { name: messages.newOwnCardHeading })).toBeNull();
    expect(props.onSaveOwnCard).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(button(messages.addOwnCard)));
  });
});

describe('the guided start', () => {
  it('offers the article reframes for a new self-talk card only', async () => {
    await renderOptions([STEP]);
    fireEvent.click(button(messages.addOwnCard));
    const select = screen.getByLabelText(messages.ownCardExampleLabel) as HTMLSelectElement;
    const reframes = cards.filter((card) => card.kind === 'reframe');
    expect(select.options).toHaveLength(reframes.length + 1);
    expect(select.options[0]?.text).toBe(messages.ownCardExampleNone);
    expect(select.getAttribute('aria-describedby')).toBe(
      screen.getByText(messages.ownCardExampleHint).id,
    );
    fireEvent.click(within(editor()).getByRole('radio', { name: 'Vraag' }));
    expect(screen.queryByLabelText(messages.ownCardExampleLabel)).toBeNull();
    fireEvent.click(button(messages.cancel));
    fireEvent.click(button(messages.editOwnCard));
    fireEvent.click(
      within(editor(messages.editOwnCardHeading)).getByRole('radio', { name: 'Zelfspraak' }),
    );
    expect(screen.queryByLabelText(messages.ownCardExampleLabel)).toBeNull();
  });

  it("fills both fields with an example, and refuses it unchanged: the words must be the user's", async () => {
    const { props } = await renderOptions();
    fireEvent.click(button(messages.addOwnCard));
    fireEvent.change(screen.getByLabelText(messages.ownCardExampleLabel), {
      target: { value: EXAMPLE.id },
    });
    expect(field(messages.ownCardThoughtLabel).value).toBe(EXAMPLE.thought);
    expect(field(messages.ownCardReframeLabel).value).toBe(EXAMPLE.reframe);
    screen.getByText(messages.ownCardExampleChosen);

    fireEvent.click(button(messages.saveOwnCard));
    expectRefusedBeside(messages.ownCardReframeLabel, messages.ownCardErrors.duplicate);
    expect(messages.ownCardErrors.duplicate).toBe(
      'Deze kaart bestaat al. Zeg het in je eigen woorden.',
    );
    expect(props.onSaveOwnCard).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(field(messages.ownCardReframeLabel)));

    // In their own words it saves.
    type(messages.ownCardReframeLabel, 'Ik mag voorzichtig zijn, en toch iets delen.');
    expectAccepted(messages.ownCardReframeLabel);
    fireEvent.click(button(messages.saveOwnCard));
    await waitFor(() => expect(ownStatus().textContent).toBe(messages.ownCardSaved));
    expect(props.onSaveOwnCard).toHaveBeenCalledOnce();
  });
});

describe('what the editor refuses', () => {
  it('says a field of only invisible characters shows nothing, in Dutch and English', async () => {
    const { props } = await renderOptions();
    startNewCard('Kleine stap');
    type(messages.ownCardTextLabels.step, '\u200b\u200d\u2060');
    fireEvent.click(button(messages.saveOwnCard));
    expectRefusedBeside(messages.ownCardTextLabels.step, messages.ownCardErrors.invisible);
    expect(messages.ownCardErrors.invisible).toBe(
      'Schrijf ten minste één letter of teken dat je kunt zien.',
    );
    expect(en.ownCardErrors.invisible).toBe('Write at least one letter or sign you can see.');
    expect(props.onSaveOwnCard).not.toHaveBeenCalled();
  });

  it('asks for words in every empty field, beside it, stores nothing, and focuses the first', async () => {
    const { props } = await renderOptions();
    fireEvent.click(button(messages.addOwnCard));
    type(messages.ownCardReframeLabel, '   ');
    fireEvent.click(button(messages.saveOwnCard));
    expectRefusedBeside(messages.ownCardThoughtLabel, messages.ownCardErrors.required);
    expectRefusedBeside(messages.ownCardReframeLabel, messages.ownCardErrors.required);
    expect(props.onSaveOwnCard).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(field(messages.ownCardThoughtLabel)));
    // After a refused save, each change is checked as it is typed.
    type(messages.ownCardThoughtLabel, 'Ik stel me aan');
    expectAccepted(messages.ownCardThoughtLabel);
    expectRefusedBeside(messages.ownCardReframeLabel, messages.ownCardErrors.required);
  });

  it('does not nag about empty fields before the first save', async () => {
    await renderOptions();
    fireEvent.click(button(messages.addOwnCard));
    type(messages.ownCardThoughtLabel, 'Ik');
    type(messages.ownCardThoughtLabel, '');
    expectAccepted(messages.ownCardThoughtLabel);
  });

  it('says at once when pasted words are too long, and how long, and stores nothing', async () => {
    const { props } = await renderOptions();
    startNewCard('Zin');
    const label = messages.ownCardTextLabels.quote;
    type(label, 'a'.repeat(OWN_CARD_MAX_CHARS));
    expectAccepted(label);
    type(label, `  ${'b'.repeat(OWN_CARD_MAX_CHARS + 1)}  `);
    // The whole paste is kept, not cut off unseen.
    expect(field(label).value).toHaveLength(OWN_CARD_MAX_CHARS + 5);
    const message = messages.ownCardTooLong(OWN_CARD_MAX_CHARS + 1, OWN_CARD_MAX_CHARS);
    expect(message).toBe('Dit zijn 281 tekens; er passen er 280 in. Maak het wat korter.');
    expectRefusedBeside(label, message);
    fireEvent.click(button(messages.saveOwnCard));
    expect(props.onSaveOwnCard).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(field(label)));
  });

  it('refuses the words of another own card, of any kind', async () => {
    const { props } = await renderOptions([STEP]);
    startNewCard('Vraag');
    type(messages.ownCardTextLabels.question, ' Vraag Sam om hulp. ');
    fireEvent.click(button(messages.saveOwnCard));
    expectRefusedBeside(messages.ownCardTextLabels.question, messages.ownCardErrors.duplicate);
    expect(props.onSaveOwnCard).not.toHaveBeenCalled();
  });

  it('says the store refused what another page wrote meanwhile, beside the field', async () => {
    const { props, store } = await renderOptions();
    // Written in another tab after this page read the own cards.
    await saveOwnCard(
      { base: null, kind: 'step', typed: { text: 'Bel mama.' } },
      cards,
      1,
      Math.random,
      store,
    );
    startNewCard('Kleine stap');
    type(messages.ownCardTextLabels.step, 'Bel mama.');
    fireEvent.click(button(messages.saveOwnCard));
    await waitFor(() =>
      expectRefusedBeside(messages.ownCardTextLabels.step, messages.ownCardErrors.duplicate),
    );
    expect(props.onSaveOwnCard).toHaveBeenCalledOnce();
    // The list shows what the store holds now.
    within(ownList()).getByText('Bel mama.');
  });

  it('says so when the store holds as many cards as it keeps, and keeps the words', async () => {
    const { props } = await renderOptions();
    vi.mocked(props.onSaveOwnCard).mockResolvedValueOnce({
      result: { refused: 'full' },
      ownCards: [],
    });
    startNewCard('Vraag');
    type(messages.ownCardTextLabels.question, 'Wat heb ik nodig?');
    fireEvent.click(button(messages.saveOwnCard));
    const alert = await within(editor()).findByText(messages.ownCardFull);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(messages.ownCardFull).toContain('500');
    expect(field(messages.ownCardTextLabels.question).value).toBe('Wat heb ik nodig?');
  });

  it('says when saving failed, and keeps the words', async () => {
    const { props } = await renderOptions();
    vi.mocked(props.onSaveOwnCard).mockRejectedValueOnce(new Error('quota'));
    startNewCard('Vraag');
    type(messages.ownCardTextLabels.question, 'Wat heb ik nodig?');
    fireEvent.click(button(messages.saveOwnCard));
    await within(editor()).findByText(messages.saveFailed);
    expect(field(messages.ownCardTextLabels.question).value).toBe('Wat heb ik nodig?');
  });
});

describe('editing an own card', () => {
  it('opens at its words, saves the change in its place and focuses its Edit button', async () => {
    const { props } = await renderOptions([STEP, REFRAME]);
    fireEvent.click(button(messages.editOwnCard, items()[1] as HTMLElement));
    const group = editor(messages.editOwnCardHeading);
    expect(items()[1]?.contains(group)).toBe(true);
    // The other cards show their words only while one is written.
    expect(within(items()[0] as HTMLElement).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: messages.addOwnCard })).toBeNull();
    const thought = field(messages.ownCardThoughtLabel);
    expect(thought.value).toBe(REFRAME.thought);
    await waitFor(() => expect(document.activeElement).toBe(thought));
    type(messages.ownCardReframeLabel, 'Mijn gevoel is een kompas');
    fireEvent.click(button(messages.saveOwnCard, group));

    await waitFor(() => expect(ownStatus().textContent).toBe(messages.ownCardSaved));
    expect(props.onSaveOwnCard).toHaveBeenCalledWith(
      {
        base: REFRAME,
        kind: 'reframe',
        typed: { thought: REFRAME.thought, reframe: 'Mijn gevoel is een kompas' },
      },
      cards,
    );
    const edited = items()[1] as HTMLElement;
    within(edited).getByText('Mijn gevoel is een kompas');
    expect(items()).toHaveLength(2);
    await waitFor(() => expect(document.activeElement).toBe(button(messages.editOwnCard, edited)));
  });

  it('returns focus to the card when cancelled with Escape', async () => {
    await renderOptions([STEP]);
    fireEvent.click(button(messages.editOwnCard));
    fireEvent.keyDown(field(messages.ownCardTextLabels.step), { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(button(messages.editOwnCard)));
    screen.getByText(STEP.text);
  });

  /** The notice of a card changed or deleted elsewhere, inside the editor. */
  const notice = (heading: string) =>
    within(editor(messages.editOwnCardHeading))
      .getByRole('heading', { name: heading })
      .closest('section') as HTMLElement;

  it('keeps the words of a card deleted elsewhere meanwhile, and puts them back as a new card', async () => {
    const { props, store } = await renderOptions([STEP]);
    fireEvent.click(button(messages.editOwnCard));
    type(messages.ownCardTextLabels.step, 'Vraag Sam vandaag om hulp.');
    await deleteOwnCard(STEP, store);
    fireEvent.click(button(messages.saveOwnCard));
    const gone = await waitFor(() => notice(messages.goneHeading));
    expect(field(messages.ownCardTextLabels.step).value).toBe('Vraag Sam vandaag om hulp.');
    expect(within(gone).queryByRole('button', { name: messages.keepBoth })).toBeNull();
    expect(screen.queryByRole('button', { name: messages.saveOwnCard })).toBeNull();

    fireEvent.click(button(messages.restoreMine, gone));
    await waitFor(() => expect(ownStatus().textContent).toBe(messages.ownCardSaved));
    expect(props.onSaveOwnCard).toHaveBeenLastCalledWith(
      { base: null, kind: 'step', typed: { text: 'Vraag Sam vandaag om hulp.' } },
      cards,
    );
    expect(items().map((item) => item.querySelector('.own-card-words')?.textContent)).toEqual([
      'Vraag Sam vandaag om hulp.',
    ]);
  });

  it('shows a card deleted in another tab while it is typed, before any save', async () => {
    const { props, view, shown } = await renderOptions([STEP, REFRAME]);
    fireEvent.click(button(messages.editOwnCard, items()[0] as HTMLElement));
    type(messages.ownCardTextLabels.step, 'Vraag Sam morgen.');
    view.rerender(<App {...props} ownCards={shown.filter((card) => card.id !== STEP.id)} />);
    const gone = notice(messages.goneHeading);
    expect(field(messages.ownCardTextLabels.step).value).toBe('Vraag Sam morgen.');
    fireEvent.click(button(messages.letMineGo, gone));
    expect(screen.queryByRole('group', { name: messages.editOwnCardHeading })).toBeNull();
    expect(props.onSaveOwnCard).not.toHaveBeenCalled();
  });

  it('shows a card changed in another tab beside the words typed; "Houd de mijne" saves over it', async () => {
    const { props, store } = await renderOptions([STEP]);
    fireEvent.click(button(messages.editOwnCard));
    type(messages.ownCardTextLabels.step, 'Vraag Sam vandaag om hulp.');
    // Changed in another tab after this page read it.
    const there = (await saveOwnCard(
      { base: STEP, kind: 'step', typed: { text: 'Vraag Kim om hulp.' } },
      cards,
      NOW_MS,
      Math.random,
      store,
    )) as OwnCard;
    fireEvent.click(button(messages.saveOwnCard));
    const changed = await waitFor(() => notice(messages.changedHeading));
    within(changed).getByText(messages.theirsLabel);
    within(changed).getByText('Vraag Kim om hulp.');
    expect(field(messages.ownCardTextLabels.step).value).toBe('Vraag Sam vandaag om hulp.');

    fireEvent.click(button(messages.keepMine, changed));
    await waitFor(() => expect(ownStatus().textContent).toBe(messages.ownCardSaved));
    expect(props.onSaveOwnCard).toHaveBeenLastCalledWith(
      { base: there, kind: 'step', typed: { text: 'Vraag Sam vandaag om hulp.' } },
      cards,
    );
    expect(items().map((item) => item.querySelector('.own-card-words')?.textContent)).toEqual([
      'Vraag Sam vandaag om hulp.',
    ]);
  });

  it('"Houd allebei" keeps the card as changed there and the words typed as a card beside it', async () => {
    const { props, view, store } = await renderOptions([STEP]);
    fireEvent.click(button(messages.editOwnCard));
    type(messages.ownCardTextLabels.step, 'Vraag Sam vandaag om hulp.');
    // Another tab changes it, and this page is shown the list it stored.
    await saveOwnCard(
      { base: STEP, kind: 'step', typed: { text: 'Vraag Kim om hulp.' } },
      cards,
      NOW_MS,
      Math.random,
      store,
    );
    view.rerender(<App {...props} ownCards={await loadOwnCards(store)} />);
    const changed = notice(messages.changedHeading);
    within(changed).getByText('Vraag Kim om hulp.');
    fireEvent.click(button(messages.keepBoth, changed));
    await waitFor(() => expect(ownStatus().textContent).toBe(messages.ownCardSaved));
    expect(props.onSaveOwnCard).toHaveBeenCalledExactlyOnceWith(
      { base: null, kind: 'step', typed: { text: 'Vraag Sam vandaag om hulp.' } },
      cards,
    );
    expect(items().map((item) => item.querySelector('.own-card-words')?.textContent)).toEqual([
      'Vraag Kim om hulp.',
      'Vraag Sam vandaag om hulp.',
    ]);
  });

  it('"Houd die van daar" closes the editor on the card as changed there', async () => {
    const { props, view, shown } = await renderOptions([STEP]);
    fireEvent.click(button(messages.editOwnCard));
    type(messages.ownCardTextLabels.step, 'Mag weg.');
    const there: OwnCard = { ...STEP, text: 'Vraag Kim om hulp.' };
    view.rerender(
      <App {...props} ownCards={shown.map((card) => (card.id === STEP.id ? there : card))} />,
    );
    fireEvent.click(button(messages.keepTheirs, notice(messages.changedHeading)));
    expect(screen.queryByRole('group', { name: messages.editOwnCardHeading })).toBeNull();
    within(ownList()).getByText('Vraag Kim om hulp.');
    expect(props.onSaveOwnCard).not.toHaveBeenCalled();
  });

  it('keeps what is typed while the list is read again after a change elsewhere', async () => {
    const { props, view, shown } = await renderOptions([STEP]);
    startNewCard('Vraag');
    type(messages.ownCardTextLabels.question, 'Wat heb ik nodig?');
    const other: OwnCard = {
      id: 'own-other',
      kind: 'quote',
      text: 'Ik mag er zijn.',
      writtenAtMs: 9,
    };
    view.rerender(<App {...props} ownCards={[...shown, other]} />);
    within(ownList()).getByText('Ik mag er zijn.');
    expect(field(messages.ownCardTextLabels.question).value).toBe('Wat heb ik nodig?');
  });
});

describe('deleting an own card', () => {
  it('asks first, naming the card and that it is gone for good; Cancel keeps it', async () => {
    const { props } = await renderOptions([REFRAME]);
    fireEvent.click(button(messages.deleteOwnCard));
    await waitFor(() => expect(dialog().hasAttribute('open')).toBe(true));
    const text = messages.deleteOwnCardText(`${REFRAME.thought} → ${REFRAME.reframe}`);
    expect(text).toBe(
      '‘Ik ben te gevoelig → Mijn gevoel wijst me de weg’ is dan voorgoed weg. Dat kan niet ongedaan worden gemaakt.',
    );
    within(dialog()).getByText(text);
    fireEvent.click(within(dialog()).getByRole('button', { name: messages.cancel }));
    await waitFor(() => expect(dialog().hasAttribute('open')).toBe(false));
    expect(props.onDeleteOwnCard).not.toHaveBeenCalled();
    within(ownList()).getByText(REFRAME.thought);
  });

  it('deletes once confirmed, says so and focuses "Add"', async () => {
    const { props } = await renderOptions([STEP, REFRAME]);
    fireEvent.click(button(messages.deleteOwnCard, items()[0] as HTMLElement));
    await waitFor(() => expect(dialog().hasAttribute('open')).toBe(true));
    fireEvent.click(within(dialog()).getByRole('button', { name: messages.deleteOwnCard }));
    await waitFor(() => expect(ownStatus().textContent).toBe(messages.ownCardDeleted));
    expect(props.onDeleteOwnCard).toHaveBeenCalledWith(STEP);
    expect(screen.queryByText(STEP.text)).toBeNull();
    expect(items()).toHaveLength(1);
    await waitFor(() => expect(document.activeElement).toBe(button(messages.addOwnCard)));
  });

  it('keeps a card changed in another tab meanwhile, shows it as it is now, and says so', async () => {
    const { store } = await renderOptions([STEP]);
    fireEvent.click(button(messages.deleteOwnCard));
    await waitFor(() => expect(dialog().hasAttribute('open')).toBe(true));
    // Another tab changes the card while the question is open.
    const changed = await saveOwnCard(
      { base: STEP, kind: 'step', typed: { text: 'Vraag Sam vandaag om hulp.' } },
      [],
      NOW_MS + 1,
      Math.random,
      store,
    );
    fireEvent.click(within(dialog()).getByRole('button', { name: messages.deleteOwnCard }));
    await waitFor(() => expect(ownStatus().textContent).toBe(messages.ownCardChangedBeforeDelete));
    expect(await loadOwnCards(store)).toEqual([changed]);
    within(ownList()).getByText('Vraag Sam vandaag om hulp.');
  });

  it('says when deleting failed', async () => {
    const { props } = await renderOptions([STEP]);
    vi.mocked(props.onDeleteOwnCard).mockRejectedValueOnce(new Error('quota'));
    fireEvent.click(button(messages.deleteOwnCard));
    fireEvent.click(within(dialog()).getByRole('button', { name: messages.deleteOwnCard }));
    await waitFor(() => expect(ownStatus().textContent).toBe(messages.dataFailed));
    screen.getByText(STEP.text);
  });
});

describe('which cards are drawn', () => {
  const sourceGroup = () => screen.getByRole('group', { name: messages.cardSourceLegend });

  it('offers the three sources, the stored one chosen, and saves a choice at once', async () => {
    const { props } = await renderOptions([], {
      initialPreferences: { ...DEFAULT_PREFERENCES, cardSource: 'article' },
    });
    const radios = within(sourceGroup()).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((radio) => radio.labels?.[0]?.textContent)).toEqual([
      'Kaarten uit het artikel en je eigen kaarten',
      'Alleen je eigen kaarten',
      'Alleen kaarten uit het artikel',
    ]);
    expect(radios.map((radio) => radio.checked)).toEqual([false, false, true]);
    fireEvent.click(
      within(sourceGroup()).getByRole('radio', { name: messages.cardSourceNames.both }),
    );
    await waitFor(() => expect(screen.getByText(messages.saved)).toBeTruthy());
    expect(props.onSave).toHaveBeenCalledWith({ ...DEFAULT_PREFERENCES, cardSource: 'both' });
  });

  it('says kindly that the popup has no card while only own cards are chosen and none can be drawn', async () => {
    await renderOptions();
    expect(screen.queryByText(messages.cardSourceNoOwnCards)).toBeNull();
    fireEvent.click(
      within(sourceGroup()).getByRole('radio', { name: messages.cardSourceNames.own }),
    );
    const note = screen.getByText(messages.cardSourceNoOwnCards);
    expect(sourceGroup().getAttribute('aria-describedby')?.split(' ')).toContain(note.id);
    expect(note.getAttribute('aria-live')).toBe('polite');
  });

  it('says nothing of the kind when an own card can be drawn', async () => {
    await renderOptions([STEP], {
      initialPreferences: { ...DEFAULT_PREFERENCES, cardSource: 'own' },
    });
    expect(screen.queryByText(messages.cardSourceNoOwnCards)).toBeNull();
  });

  it('counts half a reframe and a card of a kind turned off as none to draw', async () => {
    await renderOptions([HALF, STEP], {
      initialPreferences: {
        ...DEFAULT_PREFERENCES,
        cardSource: 'own',
        enabledKinds: ['quote', 'reframe', 'question'],
      },
    });
    screen.getByText(messages.cardSourceNoOwnCards);
  });

  it('counts a hidden card as none to draw', async () => {
    await renderOptions([STEP], {
      initialPreferences: { ...DEFAULT_PREFERENCES, cardSource: 'own' },
      initialHiddenCardIds: [STEP.id],
    });
    screen.getByText(messages.cardSourceNoOwnCards);
  });
});

describe('a hidden own card', () => {
  it('is listed with the hidden cards and can be restored', async () => {
    const { props } = await renderOptions([STEP], {
      initialHiddenCardIds: [STEP.id],
      dataSummary: { pauses: 0, notes: 0, hiddenCards: 1, ownCards: 1, steps: 0 },
    });
    const hidden = document.querySelector('.hidden-cards') as HTMLElement;
    within(hidden).getByText(STEP.text);
    screen.getByText(
      `${messages.dataSummary(0, 0, 1)} ${messages.ownCardsSummary(1)} ${messages.stepsSummary(0)}`,
    );
    fireEvent.click(within(hidden).getByRole('button', { name: messages.restoreCard }));
    await waitFor(() => expect(screen.getByText(messages.hiddenNone)).toBeTruthy());
    expect(props.onRestoreCard).toHaveBeenCalledWith(STEP.id);
  });
});

describe.each([
  ['nl', messages, cards],
  ['en', en, enCards],
] as const)('in %s', (language, strings: UiMessages, deck) => {
  it('names every part of the own cards and their editor', async () => {
    await renderOptions([STEP], { locale: { language, messages: strings, cards: deck } });
    screen.getByRole('heading', { name: strings.ownCardsHeading });
    screen.getByRole('group', { name: strings.cardSourceLegend });
    fireEvent.click(screen.getByRole('button', { name: strings.addOwnCard }));
    const group = screen.getByRole('group', { name: strings.newOwnCardHeading });
    within(group).getByRole('group', { name: strings.ownCardKindLegend });
    for (const label of [
      strings.ownCardThoughtLabel,
      strings.ownCardReframeLabel,
      strings.ownCardExampleLabel,
    ]) {
      expect(label.trim()).not.toBe('');
      within(group).getByLabelText(label);
    }
    for (const kind of ['step', 'quote', 'question'] as const) {
      fireEvent.click(within(group).getByRole('radio', { name: strings.ownCardKindNames[kind] }));
      within(group).getByLabelText(strings.ownCardTextLabels[kind]);
    }
    within(group).getByText(strings.ownCardHints.text);
    within(group).getByRole('button', { name: strings.saveOwnCard });
  });
});

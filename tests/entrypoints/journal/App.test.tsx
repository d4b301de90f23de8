// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { journalMessages as en } from '@/assets/i18n/journal-en';
import { journalMessages as nl } from '@/assets/i18n/journal-nl';
import { App, type JournalAppProps } from '@/entrypoints/journal/App';
import type { Card } from '@/utils/core/card';
import type { ChangeResult } from '@/utils/core/edit';
import type { Intention } from '@/utils/core/intentions';
import { JOURNAL_PAGE_SIZE, type TakenLine } from '@/utils/core/journal';
import type { Language } from '@/utils/core/language';
import type { PauseLogEntry } from '@/utils/core/pause-model';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';

const at = (day: number, hour: number, minute = 0) =>
  new Date(2026, 11, day, hour, minute).getTime();
const NOW_MS = at(3, 12);

const cards: Card[] = [
  {
    id: 'reframe-a',
    kind: 'reframe',
    section: 'strength',
    thought: 'ik lijk zwak',
    reframe: 'het kost me kracht om me open te stellen',
  },
  {
    id: 'step-a',
    kind: 'step',
    section: 'steps',
    text: 'deel een kleine onzekerheid met iemand die je vertrouwt.',
  },
];
const taken = (atMs: number, note = '', cardId: string | null = null): TakenLine => ({
  outcome: 'taken',
  atMs,
  cardId,
  note,
  startedAtMs: atMs - 60_000,
});

afterEach(cleanup);

function renderJournal(
  log: PauseLogEntry[],
  overrides: Partial<JournalAppProps> = {},
  language: Language = 'nl',
) {
  const props: JournalAppProps = {
    messages: language === 'nl' ? nl : en,
    language,
    cards,
    log,
    now: () => NOW_MS,
    replaceLine: vi.fn(async (_base: TakenLine, next: TakenLine) => ({ saved: next })),
    deleteLine: vi.fn(async () => ({ saved: null })),
    restoreLine: vi.fn(async (line: TakenLine) => ({ saved: line })),
    intentions: [],
    hours: DEFAULT_PREFERENCES,
    replaceStep: vi.fn(async (_base: Intention, next: Intention) => ({ saved: next })),
    deleteStep: vi.fn(async () => ({ saved: null })),
    restoreStep: vi.fn(async (step: Intention) => ({ saved: step })),
    pauseUrl: 'pause.html',
    settingsUrl: 'options.html',
    ...overrides,
  };
  rerender = render(<App {...props} />).rerender;
  return props;
}

let rerender: (ui: ComponentChild) => void = () => undefined;

/** The page is given what another page stored meanwhile, as start.tsx gives it. */
function giveStored(props: JournalAppProps, stored: Partial<JournalAppProps>) {
  Object.assign(props, stored);
  rerender(<App {...props} />);
}

const entries = () => screen.getAllByRole('article');

describe('the journal page', () => {
  it('invites when there is nothing yet, and scolds for nothing', () => {
    renderJournal([{ outcome: 'missed', atMs: at(2, 9) }]);
    expect(screen.getByRole('heading', { level: 2, name: 'Hier komt je terugblik' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Neem nu een pauze' }).getAttribute('href')).toBe(
      'pause.html',
    );
    expect(document.body.textContent).not.toMatch(/gemist|missed|0 /i);
    // Nothing to look back on: no rhythm of nothing either.
    expect(screen.queryByRole('region', { name: 'Je ritme' })).toBeNull();
  });

  it('shows your rhythm above the entries once there is a moment to show', () => {
    renderJournal([taken(at(3, 10, 15), 'Even stil.')]);
    const rhythm = screen.getByRole('region', { name: 'Je ritme' });
    expect(rhythm.compareDocumentPosition(entries()[0] as Node)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(within(rhythm).getByText(/nam je 1 moment voor jezelf, met een notitie\./)).toBeTruthy();
  });

  it('shows the pauses taken, newest first, by day, each with its time, card in full and note', () => {
    renderJournal([
      taken(at(1, 9, 5), 'Het voelde spannend.\nEn goed.', 'step-a'),
      { outcome: 'missed', atMs: at(2, 10) },
      taken(at(3, 11, 30), '', 'reframe-a'),
      taken(at(3, 10, 15), 'Gisteren niet, vandaag wel.'),
    ]);
    const list = document.querySelector('.journal-days') as HTMLElement;
    const days = within(list)
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    expect(days).toEqual(['Vandaag', 'dinsdag 1 december']);
    const [newest, second, oldest] = entries();
    expect(within(newest as HTMLElement).getByRole('heading', { level: 3 }).textContent).toBe(
      '11:30 · Pauze',
    );
    // A reframe read back shows both thoughts at once.
    expect(newest?.textContent).toContain('“Ik lijk zwak”');
    expect(newest?.textContent).toContain('Het kost me kracht om me open te stellen');
    expect(second?.textContent).toContain('Gisteren niet, vandaag wel.');
    expect(oldest?.querySelector('.entry-note')?.textContent).toBe(
      'Het voelde spannend.\nEn goed.',
    );
    expect(oldest?.textContent).toContain('Deel een kleine onzekerheid');
    expect(document.querySelector('.journal-count')?.textContent).toBe('3 momenten');
  });

  it('edits a note in place: saved, said, and focus back on its button', async () => {
    const line = taken(at(3, 9), 'Eerste versie.');
    const props = renderJournal([line]);
    fireEvent.click(screen.getByRole('button', { name: 'Bewerken' }));
    const field = screen.getByLabelText('Je notitie') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(field);
    fireEvent.input(field, { target: { value: 'Tweede versie.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    await screen.findByText('Tweede versie.');
    expect(props.replaceLine).toHaveBeenCalledWith(line, { ...line, note: 'Tweede versie.' });
    expect(screen.getByText('Bewaard.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Bewerken'));
  });

  it('keeps the text in the field when a save fails, and says why', async () => {
    renderJournal([taken(at(3, 9), 'Oud.')], {
      replaceLine: vi.fn(async () => ({ refused: 'saveFailed' as const })),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Bewerken' }));
    fireEvent.input(screen.getByLabelText('Je notitie'), {
      target: { value: 'Nieuw, niet kwijt.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    await screen.findByText(/Dat lukte niet\. Je tekst staat er nog/);
    expect((screen.getByLabelText('Je notitie') as HTMLTextAreaElement).value).toBe(
      'Nieuw, niet kwijt.',
    );
  });

  it('refuses a note longer than a note may be, with the lengths, and sends nothing', () => {
    const props = renderJournal([taken(at(3, 9))]);
    fireEvent.click(screen.getByRole('button', { name: 'Notitie toevoegen' }));
    fireEvent.input(screen.getByLabelText('Je notitie'), { target: { value: 'x'.repeat(2001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    expect(screen.getByRole('alert').textContent).toContain('2001');
    expect(props.replaceLine).not.toHaveBeenCalled();
  });

  it('cancels an edit with Escape, the note unchanged', async () => {
    renderJournal([taken(at(3, 9), 'Zo laten.')]);
    fireEvent.click(screen.getByRole('button', { name: 'Bewerken' }));
    fireEvent.input(screen.getByLabelText('Je notitie'), { target: { value: 'Weg ermee' } });
    fireEvent.keyDown(screen.getByLabelText('Je notitie'), { key: 'Escape' });
    expect(screen.getByText('Zo laten.')).toBeTruthy();
    expect(screen.queryByLabelText('Je notitie')).toBeNull();
  });

  it('deletes with an undo right there, and undo brings the entry back', async () => {
    const line = taken(at(3, 9), 'Bijna kwijt.');
    const props = renderJournal([line, taken(at(3, 10), 'Blijft.')]);
    const [, older] = entries();
    fireEvent.click(within(older as HTMLElement).getByRole('button', { name: 'Verwijderen' }));
    const undo = await screen.findByRole('button', { name: 'Ongedaan maken' });
    expect(props.deleteLine).toHaveBeenCalledWith(line);
    expect(screen.queryByText('Bijna kwijt.')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await screen.findByText('Bijna kwijt.');
    expect(props.restoreLine).toHaveBeenCalledWith(line);
    expect(entries().map((entry) => entry.querySelector('.entry-note')?.textContent)).toEqual([
      'Blijft.',
      'Bijna kwijt.',
    ]);
  });

  it('searches the notes and filters to those with a note', () => {
    renderJournal([
      taken(at(1, 9), 'Bang, en toch gedaan.'),
      taken(at(2, 9)),
      taken(at(3, 9), 'Rustig.'),
    ]);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Zoek in je notities' }), {
      target: { value: 'bang' },
    });
    expect(entries()).toHaveLength(1);
    expect(screen.getByText('1 moment')).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'niets hiervan' } });
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByText(/Hier past nu niets bij/)).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Met een notitie' }));
    expect(entries()).toHaveLength(2);
  });

  it('shows a page of entries at a time; "Oudere tonen" adds the next and moves focus to it', async () => {
    const log = Array.from({ length: JOURNAL_PAGE_SIZE * 2 + 5 }, (_, index) =>
      taken(at(1, 0) + index * 60_000, `notitie ${index}`),
    );
    renderJournal(log);
    expect(entries()).toHaveLength(JOURNAL_PAGE_SIZE);
    expect(screen.getByText(`De nieuwste ${JOURNAL_PAGE_SIZE} van ${log.length}.`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Oudere tonen' }));
    expect(entries()).toHaveLength(JOURNAL_PAGE_SIZE * 2);
    const firstNew = entries()[JOURNAL_PAGE_SIZE]?.closest('li');
    await waitFor(() => expect(document.activeElement).toBe(firstNew));
    fireEvent.click(screen.getByRole('button', { name: 'Oudere tonen' }));
    expect(entries()).toHaveLength(log.length);
    expect(screen.queryByRole('button', { name: 'Oudere tonen' })).toBeNull();
  });

  it('speaks English', () => {
    renderJournal([taken(at(3, 21, 5), 'In English.')], {}, 'en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Looking back');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toMatch(/^9:05\sPM · Pause$/);
    expect(screen.getByRole('button', { name: 'Edit' })).toBeTruthy();
  });

  it('shows what another page changed', () => {
    const props = renderJournal([taken(at(3, 9), 'Een.')]);
    cleanup();
    render(
      <App {...props} log={[taken(at(3, 9), 'Een.'), taken(at(3, 10), 'Twee, van elders.')]} />,
    );
    expect(screen.getByText('Twee, van elders.')).toBeTruthy();
  });
});

/** A step chosen on Thursday, open, to be looked back on on Friday morning. */
const OPEN_STEP: Intention = {
  id: 'open-1',
  cardId: 'step-a',
  stepText: '',
  words: 'met Sam',
  committedAtMs: at(3, 10),
  lookBackAtMs: new Date(2026, 11, 4, 9).getTime(),
  status: 'open',
};

describe('small steps in the journal', () => {
  const open = OPEN_STEP;
  const done: Intention = {
    id: 'done-1',
    cardId: 'step-a',
    stepText: '',
    words: '',
    committedAtMs: at(1, 10),
    lookBackAtMs: at(2, 9),
    status: 'done',
    answeredAtMs: at(2, 11),
    answers: { felt: 'Spannend, toen licht.', reactions: 'Sam luisterde.', innerSteps: '' },
  };

  it('shows a step, its words, when it is looked back on, and the answers of one done', () => {
    renderJournal([], {
      intentions: [
        open,
        done,
        { ...done, id: 'gone', status: 'let-go', answeredAtMs: at(1, 9) } as Intention,
      ],
    });
    const [first, second, third] = screen.getAllByRole('article');
    expect(first?.textContent).toContain('Kleine stap');
    expect(first?.textContent).toContain('Met wie of hoe: met Sam');
    expect(first?.textContent).toContain('Bij een pauze vanaf morgen om 09:00 kijk je terug.');
    expect(second?.textContent).toContain('Hoe voelde het om open te zijn?Spannend, toen licht.');
    expect(second?.textContent).not.toContain('Welke innerlijke stappen');
    expect(third?.textContent).toContain('Je liet deze stap gaan.');
  });

  it('shows the words a step kept of its card when the deck no longer holds that card', () => {
    const ofGoneCard = { ...open, cardId: 'own-deleted', stepText: 'Bel Sam vandaag.' };
    renderJournal([], { intentions: [ofGoneCard] });
    expect(screen.getByRole('article').textContent).toContain('Bel Sam vandaag.');
  });

  it('says a later look-back with its weekday, capitalised as English writes it', () => {
    const later = { ...open, lookBackAtMs: new Date(2026, 11, 7, 9).getTime() };
    renderJournal([], { intentions: [later] }, 'en');
    expect(screen.getByRole('article').textContent).toContain(
      'You look back at a pause from Monday, December 7 at 9:00',
    );
  });

  it("edits a step's words and answers in place", async () => {
    const props = renderJournal([], { intentions: [done] });
    fireEvent.click(screen.getByRole('button', { name: 'Bewerken' }));
    fireEvent.input(screen.getByLabelText('Met wie of hoe'), { target: { value: 'met Sam' } });
    fireEvent.input(screen.getByLabelText('Welke innerlijke stappen heb je gezet?'), {
      target: { value: 'Ik bleef.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    await screen.findByText('Bewaard.');
    expect(props.replaceStep).toHaveBeenCalledWith(done, {
      ...done,
      words: 'met Sam',
      answers: { ...(done.status === 'done' ? done.answers : {}), innerSteps: 'Ik bleef.' },
    });
  });

  it('deletes a step with an undo, and filters to the steps', async () => {
    const props = renderJournal([taken(at(3, 11), 'Een pauze.')], { intentions: [open] });
    fireEvent.click(screen.getByRole('radio', { name: 'Kleine stappen' }));
    expect(screen.getAllByRole('article')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ongedaan maken' }));
    await screen.findByText(/met Sam/);
    expect(props.deleteStep).toHaveBeenCalledWith(open);
    expect(props.restoreStep).toHaveBeenCalledWith(open);
  });
});

describe('a note changed or deleted elsewhere while it is edited', () => {
  const line = taken(at(3, 9), 'Eerste notitie.');
  /** The same pause with a note from its second page joined to it, as the history joins them. */
  const joined: TakenLine = { ...line, note: 'Eerste notitie.\n\nVan de tweede pagina.' };

  /** Opens the note's editor and types `text` in it; the field is returned. */
  function type(text: string) {
    fireEvent.click(screen.getByRole('button', { name: 'Bewerken' }));
    const field = screen.getByLabelText('Je notitie') as HTMLTextAreaElement;
    fireEvent.input(field, { target: { value: text } });
    return field;
  }
  const notice = () =>
    screen.getByRole('heading', { name: nl.changedHeading }).closest('section') as HTMLElement;

  it('shows the joined note beside the words typed, which stay', () => {
    const props = renderJournal([line]);
    const field = type('Mijn nieuwe woorden.');
    giveStored(props, { log: [joined] });
    expect(within(notice()).getByText(nl.theirsLabel)).toBeTruthy();
    expect(within(notice()).getByText(/Van de tweede pagina\./)).toBeTruthy();
    expect(field.value).toBe('Mijn nieuwe woorden.');
    expect(screen.getByLabelText('Je notitie')).toBe(field);
    expect(props.replaceLine).not.toHaveBeenCalled();
  });

  it('"Houd de mijne" stores the words typed against the joined line', async () => {
    const props = renderJournal([line]);
    type('Mijn nieuwe woorden.');
    giveStored(props, { log: [joined] });
    fireEvent.click(within(notice()).getByRole('button', { name: 'Houd de mijne' }));
    await screen.findByText('Bewaard.');
    expect(props.replaceLine).toHaveBeenCalledExactlyOnceWith(joined, {
      ...joined,
      note: 'Mijn nieuwe woorden.',
    });
    expect(screen.getByText('Mijn nieuwe woorden.').className).toBe('entry-note');
  });

  it('"Houd allebei" stores the joined note and the words typed together', async () => {
    const props = renderJournal([line]);
    type('Mijn nieuwe woorden.');
    giveStored(props, { log: [joined] });
    fireEvent.click(within(notice()).getByRole('button', { name: 'Houd allebei' }));
    await screen.findByText('Bewaard.');
    expect(props.replaceLine).toHaveBeenCalledExactlyOnceWith(joined, {
      ...joined,
      note: `${joined.note}\n\nMijn nieuwe woorden.`,
    });
  });

  it('"Houd die van daar" closes the editor on the note as stored there', () => {
    const props = renderJournal([line]);
    type('Laat maar.');
    giveStored(props, { log: [joined] });
    fireEvent.click(within(notice()).getByRole('button', { name: 'Houd die van daar' }));
    expect(screen.queryByLabelText('Je notitie')).toBeNull();
    expect(document.querySelector('.entry-note')?.textContent).toBe(joined.note);
    expect(props.replaceLine).not.toHaveBeenCalled();
  });

  it('two tabs: a save refused as changed shows what the other tab stored, and keeps the words', async () => {
    const there: TakenLine = { ...line, note: 'Uit het andere tabblad.' };
    const replaceLine = vi
      .fn<JournalAppProps['replaceLine']>()
      .mockResolvedValueOnce({ refused: 'changed', current: there })
      .mockImplementation(async (_base, next) => ({ saved: next }));
    const props = renderJournal([line], { replaceLine });
    const field = type('Uit dit tabblad.');
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    await screen.findByRole('heading', { name: nl.changedHeading });
    expect(within(notice()).getByText('Uit het andere tabblad.')).toBeTruthy();
    expect(field.value).toBe('Uit dit tabblad.');
    expect(screen.queryByText('Bewaard.')).toBeNull();

    fireEvent.click(within(notice()).getByRole('button', { name: 'Houd de mijne' }));
    await screen.findByText('Bewaard.');
    expect(props.replaceLine).toHaveBeenLastCalledWith(there, {
      ...there,
      note: 'Uit dit tabblad.',
    });
  });

  it('deleted elsewhere: the editor and the words typed stay, and can be put back', async () => {
    const props = renderJournal([line, taken(at(3, 10), 'Blijft.')]);
    const [, older] = entries();
    fireEvent.click(within(older as HTMLElement).getByRole('button', { name: 'Bewerken' }));
    const field = screen.getByLabelText('Je notitie') as HTMLTextAreaElement;
    fireEvent.input(field, { target: { value: 'Niet kwijt.' } });
    giveStored(props, { log: [taken(at(3, 10), 'Blijft.')] });

    expect(screen.getByRole('heading', { name: nl.goneHeading })).toBeTruthy();
    expect(screen.getByLabelText('Je notitie')).toBe(field);
    expect(field.value).toBe('Niet kwijt.');
    expect(screen.queryByRole('button', { name: 'Houd allebei' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Zet terug met mijn woorden' }));
    await screen.findByText('Bewaard.');
    expect(props.restoreLine).toHaveBeenCalledExactlyOnceWith({ ...line, note: 'Niet kwijt.' });
    expect(props.replaceLine).not.toHaveBeenCalled();
    expect(entries().map((entry) => entry.querySelector('.entry-note')?.textContent)).toEqual([
      'Blijft.',
      'Niet kwijt.',
    ]);
  });

  it('deleted elsewhere: "Laat mijn woorden gaan" lets the entry go too', () => {
    const props = renderJournal([line, taken(at(3, 10), 'Blijft.')]);
    const [, older] = entries();
    fireEvent.click(within(older as HTMLElement).getByRole('button', { name: 'Bewerken' }));
    fireEvent.input(screen.getByLabelText('Je notitie'), { target: { value: 'Mag weg.' } });
    giveStored(props, { log: [taken(at(3, 10), 'Blijft.')] });
    fireEvent.click(screen.getByRole('button', { name: 'Laat mijn woorden gaan' }));
    expect(screen.queryByLabelText('Je notitie')).toBeNull();
    expect(entries()).toHaveLength(1);
    expect(props.restoreLine).not.toHaveBeenCalled();
  });

  it('a joined note longer than one note may be is mended, one character added', async () => {
    const long: TakenLine = { ...line, note: `${'a'.repeat(1000)}\n\n${'b'.repeat(2000)}` };
    expect(long.note).toHaveLength(3002);
    const props = renderJournal([long]);
    const field = type(`${long.note}.`);
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    expect(screen.getByRole('alert').textContent).toBe('');
    await screen.findByText('Bewaard.');
    expect(field.isConnected).toBe(false);
    expect(props.replaceLine).toHaveBeenCalledWith(long, { ...long, note: `${long.note}.` });
  });

  it('a joined note may be mended within its own length', async () => {
    const long: TakenLine = { ...line, note: 'c'.repeat(3002) };
    const props = renderJournal([long]);
    type(`d${'c'.repeat(3001)}`);
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    await screen.findByText('Bewaard.');
    expect(props.replaceLine).toHaveBeenCalledWith(long, { ...long, note: `d${'c'.repeat(3001)}` });
  });

  it('asks before the page is left with words typed and not kept, and not without', async () => {
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    renderJournal([line]);
    fireEvent.click(screen.getByRole('button', { name: 'Bewerken' }));
    expect(leave()).toBe(false);
    fireEvent.input(screen.getByLabelText('Je notitie'), { target: { value: 'Nieuw.' } });
    expect(leave()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    await screen.findByText('Bewaard.');
    await waitFor(() => expect(leave()).toBe(false));
  });
});

describe('a step changed elsewhere, or let go here', () => {
  const open = OPEN_STEP;

  it('"Laat maar" on an open step stores it let go, and says so', async () => {
    const props = renderJournal([], { intentions: [open] });
    fireEvent.click(screen.getByRole('button', { name: 'Laat maar' }));
    await screen.findByText('Je laat deze stap gaan.');
    expect(props.replaceStep).toHaveBeenCalledExactlyOnceWith(open, {
      ...open,
      status: 'let-go',
      answeredAtMs: NOW_MS,
    });
    expect(screen.getByText('Je liet deze stap gaan.')).toBeTruthy();
    // A step let go is not let go again.
    expect(screen.queryByRole('button', { name: 'Laat maar' })).toBeNull();
  });

  it('"Laat maar" on a step changed elsewhere says so, and shows it as stored', async () => {
    const there: Intention = { ...open, words: 'met Kim' };
    const props = renderJournal([], {
      intentions: [open],
      replaceStep: vi.fn(
        async (): Promise<ChangeResult<Intention>> => ({ refused: 'changed', current: there }),
      ),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Laat maar' }));
    await screen.findByText(nl.changedMeanwhile);
    expect(screen.getByText('met Kim')).toBeTruthy();
    expect(props.replaceStep).toHaveBeenCalledOnce();
  });

  it("the editor shows the step's words changed on another page beside those typed", async () => {
    const there: Intention = { ...open, words: 'met Kim' };
    const props = renderJournal([], { intentions: [open] });
    fireEvent.click(screen.getByRole('button', { name: 'Bewerken' }));
    const words = screen.getByLabelText('Met wie of hoe') as HTMLTextAreaElement;
    fireEvent.input(words, { target: { value: 'met Sam en Kim' } });
    giveStored(props, { intentions: [there] });

    const notice = screen
      .getByRole('heading', { name: nl.changedHeading })
      .closest('section') as HTMLElement;
    expect(within(notice).getByText('met Kim')).toBeTruthy();
    expect(words.value).toBe('met Sam en Kim');
    fireEvent.click(within(notice).getByRole('button', { name: 'Houd de mijne' }));
    await screen.findByText('Bewaard.');
    expect(props.replaceStep).toHaveBeenCalledExactlyOnceWith(there, {
      ...there,
      words: 'met Sam en Kim',
    });
  });

  it('the editor, on a save refused as changed, keeps both when asked', async () => {
    const there: Intention = { ...open, words: 'met Kim' };
    const replaceStep = vi
      .fn<JournalAppProps['replaceStep']>()
      .mockResolvedValueOnce({ refused: 'changed', current: there })
      .mockImplementation(async (_base, next) => ({ saved: next }));
    renderJournal([], { intentions: [open], replaceStep });
    fireEvent.click(screen.getByRole('button', { name: 'Bewerken' }));
    fireEvent.input(screen.getByLabelText('Met wie of hoe'), { target: { value: 'met Jo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Houd allebei' }));
    await screen.findByText('Bewaard.');
    expect(replaceStep).toHaveBeenLastCalledWith(there, { ...there, words: 'met Kim\n\nmet Jo' });
  });

  it('the editor of a step deleted elsewhere puts it back with the words typed', async () => {
    const props = renderJournal([], { intentions: [open] });
    fireEvent.click(screen.getByRole('button', { name: 'Bewerken' }));
    fireEvent.input(screen.getByLabelText('Met wie of hoe'), { target: { value: 'met Jo' } });
    giveStored(props, { intentions: [] });
    expect(screen.getByRole('heading', { name: nl.goneHeading })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Zet terug met mijn woorden' }));
    await screen.findByText('Bewaard.');
    expect(props.restoreStep).toHaveBeenCalledExactlyOnceWith({ ...open, words: 'met Jo' });
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Card } from '@/assets/content/types';
import { journalMessages as en } from '@/assets/i18n/journal-en';
import { journalMessages as nl } from '@/assets/i18n/journal-nl';
import { App, type JournalAppProps } from '@/entrypoints/journal/App';
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
    replaceLine: vi.fn(async () => null),
    deleteLine: vi.fn(async () => null),
    restoreLine: vi.fn(async () => null),
    intentions: [],
    hours: DEFAULT_PREFERENCES,
    replaceStep: vi.fn(async () => null),
    deleteStep: vi.fn(async () => null),
    restoreStep: vi.fn(async () => null),
    pauseUrl: 'pause.html',
    settingsUrl: 'options.html',
    ...overrides,
  };
  render(<App {...props} />);
  return props;
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
      replaceLine: vi.fn(async () => 'lineGone' as const),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Bewerken' }));
    fireEvent.input(screen.getByLabelText('Je notitie'), {
      target: { value: 'Nieuw, niet kwijt.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    await screen.findByText(/op een andere pagina veranderd/);
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

describe('small steps in the journal', () => {
  const open: Intention = {
    id: 'open-1',
    cardId: 'step-a',
    words: 'met Sam',
    committedAtMs: at(3, 10),
    lookBackAtMs: new Date(2026, 11, 4, 9).getTime(),
    status: 'open',
  };
  const done: Intention = {
    id: 'done-1',
    cardId: 'step-a',
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

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messages as en } from '@/assets/i18n/en';
import { messages } from '@/assets/i18n/nl';
import { AboutSection } from '@/entrypoints/options/AboutSection';
import {
  type DataActions,
  DataSection,
  type DataSectionProps,
} from '@/entrypoints/options/DataSection';
import { describeProblem } from '@/entrypoints/options/ImportProblems';
import { parseExport } from '@/utils/core/export-checks';
import { IMPORT_MAX_BYTES, type ImportProblem, serializeExport } from '@/utils/core/export-file';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';

afterEach(cleanup);

const NOW = new Date(Date.UTC(2026, 10, 25, 9));
const VALID_FILE = serializeExport(
  {
    preferences: DEFAULT_PREFERENCES,
    hiddenCardIds: ['quote-1'],
    pauseLog: [
      { outcome: 'taken', atMs: 1, cardId: null, note: 'Eerlijk gezegd.' },
      { outcome: 'missed', atMs: 2 },
    ],
    intentions: [],
    ownCards: [],
  },
  NOW,
);

function renderSection(overrides: Partial<DataSectionProps> = {}) {
  const actions: DataActions = {
    exportData: vi.fn(async () => 'moedpauze-2026-11-25.json'),
    checkImport: vi.fn(parseExport),
    importData: vi.fn(async (bytes: Uint8Array) => parseExport(bytes)),
    resetPreferences: vi.fn(async () => {}),
    deleteAll: vi.fn(async () => {}),
  };
  const props: DataSectionProps = {
    messages,
    summary: { pauses: 12, notes: 3, hiddenCards: 1, ownCards: 2, steps: 4 },
    actions,
    notice: null,
    ...overrides,
  };
  render(<DataSection {...props} />);
  return { props, actions: props.actions };
}

/** What a person does: picks a file in the import field. */
function chooseFile(text: string) {
  const input = screen.getByLabelText(messages.importLabel) as HTMLInputElement;
  const file = new File([text], 'export.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file] });
  fireEvent.change(input);
  return input;
}

/** The dialog, open or not (a closed one is hidden from roles). */
const dialog = () => document.querySelector('dialog') as HTMLDialogElement;

describe('the data section', () => {
  it('says what this browser holds', () => {
    renderSection();
    screen.getByText(
      'In deze browser: 12 pauzes in je geschiedenis, 3 met een notitie, en 1 verborgen kaart. Je schreef 2 eigen kaarten. Je koos 4 kleine stappen om te proberen.',
    );
  });

  it.each([
    ['Dutch', messages, 0, 'Je koos nog geen kleine stap om te proberen.'],
    ['Dutch', messages, 1, 'Je koos 1 kleine stap om te proberen.'],
    ['English', en, 0, 'You have not chosen a small step to try yet.'],
    ['English', en, 1, 'You chose 1 small step to try.'],
    ['English', en, 2, 'You chose 2 small steps to try.'],
  ])('counts the small steps in %s: %i', (_name, words, steps, said) => {
    renderSection({
      messages: words,
      summary: { pauses: 0, notes: 0, hiddenCards: 0, ownCards: 0, steps },
    });
    expect(document.querySelector('.data-summary')?.textContent).toContain(said);
  });

  it('exports and names the file', async () => {
    const { actions } = renderSection();
    fireEvent.click(screen.getByRole('button', { name: messages.exportButton }));
    await screen.findByText('Geëxporteerd als moedpauze-2026-11-25.json.');
    expect(actions.exportData).toHaveBeenCalledOnce();
  });

  it('refuses a file that is not an export, says why, and imports nothing', async () => {
    const { actions } = renderSection();
    chooseFile('{"hello": "world"}');
    const alert = await screen.findByRole('alert');
    await within(alert).findByText(messages.importRefused);
    within(alert).getByText(messages.importProblems.notAnExport);
    // The field is a fresh one (the same file may be chosen again), described by the problems.
    const input = screen.getByLabelText(messages.importLabel);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    expect(actions.importData).not.toHaveBeenCalled();
    expect(dialog().hasAttribute('open')).toBe(false);
  });

  it('refuses a file larger than any export by its size, without reading it', async () => {
    const { actions } = renderSection();
    const input = screen.getByLabelText(messages.importLabel) as HTMLInputElement;
    const read = vi.fn(async () => new ArrayBuffer(0));
    const file = { name: 'huge.json', size: IMPORT_MAX_BYTES + 1, arrayBuffer: read };
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    await within(alert).findByText(messages.importProblems.tooLarge);
    expect(read).not.toHaveBeenCalled();
    expect(actions.checkImport).not.toHaveBeenCalled();
  });

  it('says so when a chosen file cannot be read, rather than nothing', async () => {
    renderSection();
    const input = screen.getByLabelText(messages.importLabel) as HTMLInputElement;
    const file = {
      name: 'gone.json',
      size: 10,
      arrayBuffer: async () => Promise.reject(new DOMException('gone', 'NotReadableError')),
    };
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    await within(alert).findByText(messages.importProblems.notReadable);
  });

  it('names the first five problems of a file and counts the rest', async () => {
    renderSection();
    const file = JSON.parse(VALID_FILE);
    file.hiddenCardIds = [1, 2, 3, 4, 5, 6, 7];
    chooseFile(JSON.stringify(file));
    const alert = await screen.findByRole('alert');
    await within(alert).findByText('Verborgen kaart nummer 5 is ongeldig.');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(5);
    within(alert).getByText('En nog 2 problemen.');
  });

  it('names the first five of 150,000 bad lines, and counts every other one', async () => {
    renderSection();
    const file = JSON.parse(VALID_FILE);
    file.pauseLog = Array.from({ length: 150_000 }, () => 0);
    chooseFile(JSON.stringify(file));
    const alert = await screen.findByRole('alert');
    await within(alert).findByText('Regel 5 van de pauzegeschiedenis is ongeldig.');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(5);
    within(alert).getByText('En nog 149.995 problemen.');
  });

  it('says a file has more own cards than are kept, in Dutch and English', () => {
    const problem: ImportProblem = { code: 'tooManyOwnCards', count: 501, limit: 500 };
    expect(describeProblem(problem, messages)).toBe(
      'Dit bestand heeft meer eigen kaarten (501) dan Moedpauze bewaart (500).',
    );
    expect(describeProblem(problem, en)).toBe(
      'This file has more cards of your own (501) than Moedpauze keeps (500).',
    );
  });

  it('asks before importing a valid file, saying what it holds', async () => {
    const { actions } = renderSection();
    chooseFile(VALID_FILE);
    await waitFor(() => expect(dialog().hasAttribute('open')).toBe(true));
    within(dialog()).getByText(messages.importConfirmText(2, 1, 1));
    fireEvent.click(within(dialog()).getByRole('button', { name: messages.importConfirm }));
    await waitFor(() => expect(actions.importData).toHaveBeenCalledOnce());
    const bytes = vi.mocked(actions.importData).mock.calls[0]?.[0];
    expect(new TextDecoder().decode(bytes)).toBe(VALID_FILE);
  });

  it('names the own cards a file brings, and that they are added', async () => {
    renderSection();
    const file = JSON.parse(VALID_FILE);
    file.ownCards = [
      { id: 'own-a', kind: 'step', text: 'Vraag om hulp.', writtenAtMs: 1 },
      { id: 'own-b', kind: 'question', text: 'Wat heb ik nodig?', writtenAtMs: 2 },
    ];
    chooseFile(JSON.stringify(file));
    await waitFor(() => expect(dialog().hasAttribute('open')).toBe(true));
    within(dialog()).getByText(
      `${messages.importConfirmText(2, 1, 1)} Er zitten 2 eigen kaarten in; die hier nog niet staan, komen erbij.`,
    );
  });

  it('names the small steps a file brings, and that they are added', async () => {
    renderSection();
    const file = JSON.parse(VALID_FILE);
    file.intentions = [
      { id: 'step-1', cardId: 'step-start-small', words: 'met Sam', committedAtMs: 1 },
      { id: 'step-2', cardId: null, words: '', committedAtMs: 2 },
    ].map((step) => ({ ...step, stepText: '', lookBackAtMs: 3, status: 'open' }));
    chooseFile(JSON.stringify(file));
    await waitFor(() => expect(dialog().hasAttribute('open')).toBe(true));
    within(dialog()).getByText(
      `${messages.importConfirmText(2, 1, 1)} Er zitten 2 kleine stappen in; die hier nog niet staan, komen erbij.`,
    );
  });

  it.each([
    ['Dutch', messages, 'eigen kaarten'],
    ['English', en, 'own cards'],
  ])(
    'says in %s that delete-all takes the own cards too, and a reset keeps them',
    (_name, words, own) => {
      renderSection({ messages: words });
      for (const text of [words.deleteHint, words.resetHint, words.exportHint]) {
        expect(screen.getByText(text).textContent).toContain(own);
      }
      expect(words.deleteConfirmText).toContain(own);
      expect(words.resetConfirmText).toContain(own);
    },
  );

  it.each([
    ['Dutch', messages, 'kleine stappen'],
    ['English', en, 'small steps'],
  ])(
    'says in %s that an export holds the small steps, delete-all takes them, and a reset keeps them',
    (_name, words, steps) => {
      renderSection({ messages: words });
      for (const text of [words.exportHint, words.importHint, words.deleteHint, words.resetHint]) {
        expect(screen.getByText(text).textContent).toContain(steps);
      }
      expect(words.deleteConfirmText).toContain(steps);
      expect(words.resetConfirmText).toContain(steps);
    },
  );

  it('imports nothing when the question is cancelled', async () => {
    const { actions } = renderSection();
    chooseFile(VALID_FILE);
    await waitFor(() => expect(dialog().hasAttribute('open')).toBe(true));
    fireEvent.click(within(dialog()).getByRole('button', { name: messages.cancel }));
    await waitFor(() => expect(dialog().hasAttribute('open')).toBe(false));
    expect(actions.importData).not.toHaveBeenCalled();
  });

  it.each([
    ['resets', messages.resetButton, messages.resetConfirm, 'resetPreferences'],
    ['deletes everything', messages.deleteButton, messages.deleteConfirm, 'deleteAll'],
  ] as const)('%s only once confirmed', async (_name, button, confirm, action) => {
    const { actions } = renderSection();
    fireEvent.click(screen.getByRole('button', { name: button }));
    await waitFor(() => expect(dialog().hasAttribute('open')).toBe(true));
    // Escape cancels: the dialog closes and nothing happens.
    fireEvent(dialog(), new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(dialog().hasAttribute('open')).toBe(false));
    expect(actions[action]).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: button }));
    await waitFor(() => expect(dialog().hasAttribute('open')).toBe(true));
    fireEvent.click(within(dialog()).getByRole('button', { name: confirm }));
    await waitFor(() => expect(actions[action]).toHaveBeenCalledOnce());
  });

  it('says that nothing changed when a change fails', async () => {
    const { actions } = renderSection();
    vi.mocked(actions.deleteAll).mockRejectedValue(new Error('quota'));
    fireEvent.click(screen.getByRole('button', { name: messages.deleteButton }));
    fireEvent.click(within(dialog()).getByRole('button', { name: messages.deleteConfirm }));
    await screen.findByText(messages.dataFailed);
  });

  it.each([
    ['imported', messages.imported],
    ['reset', messages.resetDone],
    ['deleted', messages.deleteDone],
  ] as const)('says what was %s', async (notice, text) => {
    renderSection({ notice });
    expect((await screen.findByRole('status')).textContent).toBe(text);
  });
});

describe('describeProblem', () => {
  const problems: ImportProblem[] = [
    { code: 'tooLarge' },
    { code: 'notText' },
    { code: 'notJson' },
    { code: 'notAnExport' },
    { code: 'newerVersion', version: 2 },
    { code: 'missingSection', section: 'pauseLog' },
    { code: 'badSection', section: 'hiddenCardIds' },
    { code: 'missingField', field: 'intervalMinutes' },
    { code: 'badField', field: 'soundEnabled' },
    { code: 'unknownField', field: 'colour' },
    { code: 'badFileField', field: 'exportedAt' },
    { code: 'badHiddenCard', index: 0 },
    { code: 'badLogEntry', index: 41 },
  ];

  it.each([
    ['Dutch', messages],
    ['English', en],
  ])('says every problem in %s, each differently', (_name, words) => {
    const said = problems.map((problem) => describeProblem(problem, words));
    expect(new Set(said).size).toBe(problems.length);
    for (const sentence of said) expect(sentence).toMatch(/^\S.*\.$/);
  });

  it('names fields, sections and positions as a person counts them', () => {
    expect(describeProblem({ code: 'badField', field: 'intervalMinutes' }, messages)).toBe(
      'Instelling ‘Tijd tussen pauzes’ heeft een ongeldige waarde.',
    );
    expect(describeProblem({ code: 'missingSection', section: 'pauseLog' }, en)).toBe(
      'The pause history and notes are missing.',
    );
    expect(describeProblem({ code: 'badLogEntry', index: 41 }, en)).toBe(
      'Line 42 of the pause history is invalid.',
    );
  });
});

describe('the about section', () => {
  it('says that nothing leaves the browser, and names the article and its date', () => {
    render(<AboutSection messages={messages} version="1.2.3" />);
    screen.getByText(messages.privacyText);
    const title = screen.getByText('Waarom voelen we ons zwak als we kwetsbaar zijn?');
    expect(title.tagName).toBe('CITE');
    expect(title.getAttribute('lang')).toBe('nl');
    const date = screen.getByText('18 juni 2025');
    expect(date.getAttribute('datetime')).toBe('2025-06-18');
    screen.getByText('Versie 1.2.3');
  });
});

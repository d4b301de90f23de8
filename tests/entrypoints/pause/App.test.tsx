// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messages as en } from '@/assets/i18n/en';
import { messages as nl } from '@/assets/i18n/nl';
import { App, type PauseAppProps } from '@/entrypoints/pause/App';
import type { Card } from '@/utils/core/card';
import type { ChangeResult } from '@/utils/core/edit';
import type { Intention } from '@/utils/core/intentions';
import type { Language } from '@/utils/core/language';
import { NOTE_MAX_CHARS } from '@/utils/core/pause-log';
import type { PauseState } from '@/utils/core/pause-model';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';

const START_MS = new Date(2025, 2, 10, 14, 0).getTime();
const NEXT_MS = new Date(2025, 2, 10, 14, 30).getTime();

const quote: Card = { id: 'quote-a', kind: 'quote', section: 'intro', text: 'eerste zin.' };

const afterFinish: PauseState = {
  phase: { kind: 'waiting' },
  anchorMs: START_MS,
  idleSinceMs: null,
  plan: { atMs: NEXT_MS, reason: 'interval' },
};

const afterSnooze: PauseState = {
  ...afterFinish,
  phase: { kind: 'snoozed', untilMs: START_MS + 10 * 60_000 },
  plan: { atMs: START_MS + 10 * 60_000, reason: 'snoozeEnds' },
};

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Renders the page on a clock that only moves when the test says so. */
function renderPause(overrides: Partial<PauseAppProps> = {}, language: Language = 'nl') {
  const clock = { nowMs: START_MS };
  const props: PauseAppProps = {
    locale: { language, messages: language === 'nl' ? nl : en, cards: [] },
    card: quote,
    question: 'wat zou je durven als je niet bang was?',
    pauseSeconds: 60,
    startedAtMs: START_MS,
    now: () => clock.nowMs,
    onFinish: vi.fn(async (_note: string) => ({ saved: afterFinish })),
    onSnooze: vi.fn(async () => afterSnooze),
    onClose: vi.fn(),
    journalUrl: 'journal.html',
    followUp: null,
    onCommitStep: vi.fn(async () => new Date(2026, 11, 2, 9).getTime()),
    ...overrides,
  };
  render(<App {...props} />);
  /** Moves the clock on, and the page's timers as far (or less far, as a throttled page). */
  const advance = (clockMs: number, timersMs = clockMs) => {
    clock.nowMs += clockMs;
    act(() => {
      vi.advanceTimersByTime(timersMs);
    });
  };
  return { props, advance };
}

describe('the breathing guide', () => {
  it('counts down from the pause length and ends with the done message', () => {
    vi.useFakeTimers();
    const { advance } = renderPause({ pauseSeconds: 30 });
    expect(screen.getByText('Nog 30 seconden')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');

    advance(1000);
    expect(screen.getByText('Nog 29 seconden')).toBeTruthy();
    advance(28_000);
    expect(screen.getByText('Nog 1 seconde')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');

    advance(1000);
    expect(screen.queryByText(/^Nog /)).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(nl.breathingDone);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('follows the clock, not the number of ticks', () => {
    vi.useFakeTimers();
    const { advance } = renderPause();
    advance(1000);
    expect(screen.getByText('Nog 59 seconden')).toBeTruthy();
    // A page in a background tab ticks late: one tick in 19 s, and it still tells the true time.
    advance(19_000, 1000);
    expect(screen.getByText('Nog 40 seconden')).toBeTruthy();
  });

  it('is done at once when the pause began long enough ago', () => {
    renderPause({ startedAtMs: START_MS - 90_000 });
    expect(screen.getByRole('status').textContent).toBe(nl.breathingDone);
  });
});

describe('the pause page', () => {
  it('shows the heading, the card and the reflection question', () => {
    renderPause();
    expect(screen.getByRole('heading', { level: 1, name: nl.pauseHeading })).toBeTruthy();
    expect(screen.getByRole('figure', { name: 'Uit het artikel' }).textContent).toContain(
      'Eerste zin.',
    );
    const reflection = screen.getByRole('region', { name: nl.reflectionHeading });
    expect(reflection.textContent).toContain('Wat zou je durven als je niet bang was?');
  });

  it('leaves out what it does not have', () => {
    renderPause({ card: null, question: null });
    expect(screen.queryByRole('figure')).toBeNull();
    expect(screen.queryByRole('region', { name: nl.reflectionHeading })).toBeNull();
    expect(screen.getByRole('button', { name: nl.finishPause })).toBeTruthy();
  });

  it('"Klaar" records the note, confirms calmly, says when the next pause comes, and moves focus there', async () => {
    const { props } = renderPause();
    const note = screen.getByRole('textbox', { name: nl.noteLabel });
    fireEvent.input(note, { target: { value: 'Ik durfde iets te vragen.' } });
    fireEvent.click(screen.getByRole('button', { name: nl.finishPause }));

    const confirmation = await screen.findByRole('heading', { name: nl.pauseTaken });
    expect(props.onFinish).toHaveBeenCalledWith('Ik durfde iets te vragen.');
    expect(props.onSnooze).not.toHaveBeenCalled();
    // Focus moves in an effect, just after the confirmation appears.
    await waitFor(() => expect(document.activeElement).toBe(confirmation));
    expect(screen.getByText('Volgende pauze om 14:30')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: nl.closePage }));
    expect(props.onClose).toHaveBeenCalledOnce();
  });

  it('"Klaar" with nothing written sends an empty note', async () => {
    const { props } = renderPause();
    fireEvent.click(screen.getByRole('button', { name: nl.finishPause }));
    await screen.findByRole('heading', { name: nl.pauseTaken });
    expect(props.onFinish).toHaveBeenCalledWith('');
  });

  it.each([5, 10, 15])('"Later, over %i min" snoozes for that long', async (minutes) => {
    const { props } = renderPause();
    const later = screen.getByRole('group', { name: nl.snoozeLegend });
    fireEvent.click(within(later).getByRole('button', { name: `${minutes} min` }));

    const confirmation = await screen.findByRole('heading', { name: nl.pauseSnoozed });
    expect(props.onSnooze).toHaveBeenCalledWith(minutes);
    expect(props.onFinish).not.toHaveBeenCalled();
    // Focus moves in an effect, just after the confirmation appears.
    await waitFor(() => expect(document.activeElement).toBe(confirmation));
    expect(screen.getByText('Uitgesteld tot 14:10')).toBeTruthy();
  });

  it('keeps the note and says so when the pause could not be recorded', async () => {
    const onFinish = vi.fn(async (_note: string): Promise<ChangeResult<never, PauseState>> => {
      throw new Error('no background');
    });
    renderPause({ onFinish });
    const note = screen.getByRole('textbox', { name: nl.noteLabel }) as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'Bewaar dit.' } });
    fireEvent.click(screen.getByRole('button', { name: nl.finishPause }));

    expect((await screen.findByRole('alert')).textContent).toBe(nl.saveFailed);
    expect(note.value).toBe('Bewaar dit.');
    expect(screen.queryByRole('heading', { name: nl.pauseTaken })).toBeNull();

    onFinish.mockResolvedValueOnce({ saved: afterFinish });
    fireEvent.click(screen.getByRole('button', { name: nl.finishPause }));
    await screen.findByRole('heading', { name: nl.pauseTaken });
    expect(onFinish).toHaveBeenLastCalledWith('Bewaar dit.');
  });

  it('refuses a note longer than a note may be, says how long, and keeps it', async () => {
    const { props } = renderPause();
    const note = screen.getByRole('textbox', { name: nl.noteLabel }) as HTMLTextAreaElement;
    const long = 'a'.repeat(NOTE_MAX_CHARS + 1);
    fireEvent.input(note, { target: { value: long } });
    fireEvent.click(screen.getByRole('button', { name: nl.finishPause }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      nl.noteTooLong(NOTE_MAX_CHARS + 1, NOTE_MAX_CHARS),
    );
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(note.value).toBe(long);
    expect(props.onFinish).not.toHaveBeenCalled();

    fireEvent.input(note, { target: { value: 'a'.repeat(NOTE_MAX_CHARS) } });
    expect(screen.getByRole('alert').textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: nl.finishPause }));
    await screen.findByRole('heading', { name: nl.pauseTaken });
  });

  it('says kindly that the notes are full, and keeps the text to copy', async () => {
    const onFinish = vi.fn(async () => ({ refused: 'notesFull' as const }));
    renderPause({ onFinish });
    const note = screen.getByRole('textbox', { name: nl.noteLabel }) as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'Nog één.' } });
    fireEvent.click(screen.getByRole('button', { name: nl.finishPause }));
    expect((await screen.findByRole('alert')).textContent).toBe(nl.notesFull);
    expect(note.value).toBe('Nog één.');
  });

  it('says nothing of a next pause when the state holds no plan to believe', async () => {
    renderPause({ onFinish: vi.fn(async () => ({ saved: { ...afterFinish, plan: null } })) });
    fireEvent.click(screen.getByRole('button', { name: nl.finishPause }));
    await screen.findByRole('heading', { name: nl.pauseTaken });
    expect(document.querySelector('.pause-status')?.textContent).toBe('');
  });

  it('sends one answer, however often it is clicked', async () => {
    const { props } = renderPause();
    const finish = screen.getByRole('button', { name: nl.finishPause });
    fireEvent.click(finish);
    fireEvent.click(finish);
    await screen.findByRole('heading', { name: nl.pauseTaken });
    expect(props.onFinish).toHaveBeenCalledOnce();
  });

  it('speaks English', async () => {
    renderPause({}, 'en');
    expect(screen.getByRole('heading', { level: 1, name: en.pauseHeading })).toBeTruthy();
    expect(screen.getByText('Breathe in')).toBeTruthy();
    expect(screen.getByText('60 seconds left')).toBeTruthy();
    expect(screen.getByRole('region', { name: en.reflectionHeading })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: en.noteLabel })).toBeTruthy();
    expect(screen.getByRole('group', { name: en.snoozeLegend })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: en.finishPause }));
    await screen.findByRole('heading', { name: en.pauseTaken });
    expect(screen.getByText(/^Next pause at 2:30\sPM$/)).toBeTruthy();
    expect(screen.getByRole('button', { name: en.closePage })).toBeTruthy();
  });

  it.each([
    ['nl', nl],
    ['en', en],
  ] as const)('gives every control an accessible name (%s)', (language, messages) => {
    renderPause({}, language);
    const buttons = screen.getAllByRole('button');
    expect(screen.getAllByRole('button', { name: /\S/ })).toEqual(buttons);
    expect(buttons.map((button) => button.textContent)).toEqual([
      messages.finishPause,
      '5 min',
      '10 min',
      '15 min',
    ]);
    expect(
      screen.getByRole('textbox', { name: messages.noteLabel, description: messages.noteHint }),
    ).toBeTruthy();
    expect(screen.getByRole('group', { name: messages.snoozeLegend })).toBeTruthy();
  });
});

describe('small steps on the pause page', () => {
  const stepCard: Card = {
    id: 'step-start-small',
    kind: 'step',
    section: 'steps',
    text: 'deel een kleine onzekerheid met iemand die je vertrouwt.',
  };

  it('offers "Dit ga ik proberen" on a step card, and stores the step', async () => {
    const { props } = renderPause({ card: stepCard });
    fireEvent.click(screen.getByRole('button', { name: 'Dit ga ik proberen' }));
    fireEvent.input(screen.getByLabelText('Met wie, of hoe? (mag leeg blijven)'), {
      target: { value: 'met Sam' },
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Later vandaag' }));
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    // The moment its follow-up can first come, as the page's commit resolves it.
    await screen.findByText(
      /^Bewaard\. Bij een pauze vanaf .+ om 09:00 vraagt Moedpauze hoe het ging\.$/,
    );
    expect(props.onCommitStep).toHaveBeenCalledWith('met Sam', 'later-today');
  });

  const step: Intention = {
    id: 'step-1',
    cardId: 'step-start-small',
    stepText: '',
    words: 'met Sam',
    committedAtMs: START_MS - 86_400_000,
    lookBackAtMs: START_MS - 3_600_000,
    status: 'open',
  };
  /** A follow-up due now, whose store keeps what it is given unless told otherwise. */
  type Save = (base: Intention, next: Intention) => Promise<ChangeResult<Intention>>;
  const followUpOf = (save = vi.fn<Save>(async (_base, next) => ({ saved: next }))) => ({
    step,
    stepText: 'Deel een kleine onzekerheid.',
    hours: DEFAULT_PREFERENCES,
    store: { save, restore: vi.fn(async (next: Intention) => ({ saved: next })) },
  });

  it('asks one follow-up, beside the note, and the pause goes on', async () => {
    const followUp = followUpOf();
    renderPause({ followUp });
    expect(screen.getAllByRole('heading', { name: 'Hoe ging het?' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Laat maar' }));
    await screen.findByText('Losgelaten. Dat mag ook.');
    expect(followUp.store.save).toHaveBeenCalledWith(step, {
      ...step,
      status: 'let-go',
      answeredAtMs: START_MS,
    });
    expect(screen.getByRole('button', { name: 'Klaar' })).toBeTruthy();
  });

  it('"Klaar" keeps the answers typed under "Gedaan" first, and then finishes the pause', async () => {
    const followUp = followUpOf();
    const { props } = renderPause({ followUp });
    fireEvent.click(screen.getByRole('button', { name: 'Gedaan' }));
    fireEvent.input(screen.getByLabelText('Wat waren de reacties?'), {
      target: { value: 'Sam luisterde.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Klaar' }));
    await screen.findByRole('heading', { name: nl.pauseTaken });
    expect(followUp.store.save).toHaveBeenCalledWith(step, {
      ...step,
      status: 'done',
      answeredAtMs: START_MS,
      answers: { felt: '', reactions: 'Sam luisterde.', innerSteps: '' },
    });
    const [saveOrder] = followUp.store.save.mock.invocationCallOrder;
    const [finishOrder] = vi.mocked(props.onFinish).mock.invocationCallOrder;
    expect(saveOrder).toBeLessThan(finishOrder as number);
  });

  it('"Klaar" does not finish while the answers could not be kept, and says where to look', async () => {
    const followUp = followUpOf(vi.fn<Save>(async () => ({ refused: 'saveFailed' })));
    const { props } = renderPause({ followUp });
    fireEvent.click(screen.getByRole('button', { name: 'Gedaan' }));
    const felt = screen.getByLabelText('Hoe voelde het om open te zijn?') as HTMLTextAreaElement;
    fireEvent.input(felt, { target: { value: 'Spannend.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Klaar' }));
    await screen.findByText(nl.answersNotKept);
    expect(props.onFinish).not.toHaveBeenCalled();
    expect(felt.value).toBe('Spannend.');
  });

  it('"Klaar" with the step form open does not finish, and says so', async () => {
    const { props } = renderPause({ card: stepCard });
    fireEvent.click(screen.getByRole('button', { name: 'Dit ga ik proberen' }));
    const words = screen.getByLabelText(
      'Met wie, of hoe? (mag leeg blijven)',
    ) as HTMLTextAreaElement;
    fireEvent.input(words, { target: { value: 'met Sam' } });
    fireEvent.click(screen.getByRole('button', { name: 'Klaar' }));
    await screen.findByText(nl.stepFormOpen);
    expect(props.onFinish).not.toHaveBeenCalled();
    expect(screen.queryByRole('heading', { name: nl.pauseTaken })).toBeNull();
    expect(words.value).toBe('met Sam');
  });

  it('asks nothing without a follow-up due, and offers no step on another card', () => {
    renderPause();
    expect(screen.queryByRole('heading', { name: 'Hoe ging het?' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Dit ga ik proberen' })).toBeNull();
  });
});

describe('leaving the pause page', () => {
  const leave = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event;
  };

  it('asks first while a note is typed and not kept', () => {
    renderPause();
    expect(leave().defaultPrevented).toBe(false);
    fireEvent.input(screen.getByRole('textbox', { name: nl.noteLabel }), {
      target: { value: 'Nog niet bewaard.' },
    });
    expect(leave().defaultPrevented).toBe(true);
  });

  it('lets go at once once the pause is taken with its note', async () => {
    renderPause();
    fireEvent.input(screen.getByRole('textbox', { name: nl.noteLabel }), {
      target: { value: 'Bewaard.' },
    });
    fireEvent.click(screen.getByRole('button', { name: nl.finishPause }));
    await screen.findByRole('heading', { name: nl.pauseTaken });
    // The guard goes in an effect, just after the confirmation appears.
    await waitFor(() => expect(leave().defaultPrevented).toBe(false));
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editMessages as editEn } from '@/assets/i18n/edit-en';
import { editMessages as editNl } from '@/assets/i18n/edit-nl';
import { stepMessages as stepEn } from '@/assets/i18n/steps-en';
import { stepMessages as stepNl } from '@/assets/i18n/steps-nl';
import { FollowUp } from '@/components/FollowUp';
import type { ChangeResult } from '@/utils/core/edit';
import { answerFollowUp, type Intention } from '@/utils/core/intentions';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';

const nl = { ...stepNl, ...editNl };
const en = { ...stepEn, ...editEn };
const NOW_MS = new Date(2026, 11, 3, 12).getTime();

const step: Intention = {
  id: 'step-1',
  cardId: 'step-a',
  stepText: '',
  words: 'met Sam',
  committedAtMs: NOW_MS - 86_400_000,
  lookBackAtMs: NOW_MS - 3_600_000,
  status: 'open',
};

type Save = (base: Intention, next: Intention) => Promise<ChangeResult<Intention>>;
type Restore = (next: Intention) => Promise<ChangeResult<Intention>>;

afterEach(cleanup);

function renderFollowUp(
  save = vi.fn<Save>(async (_base, next) => ({ saved: next })),
  messages = nl,
  restore = vi.fn<Restore>(async (next) => ({ saved: next })),
) {
  const onPending = vi.fn();
  render(
    <FollowUp
      messages={messages}
      step={step}
      stepText="Deel een kleine onzekerheid met iemand die je vertrouwt."
      hours={DEFAULT_PREFERENCES}
      now={() => NOW_MS}
      store={{ save, restore }}
      onPending={onPending}
    />,
  );
  return { save, restore, onPending };
}

/** Opens "Gedaan" and types an answer to how it felt. */
function answer(felt: string, messages = nl) {
  fireEvent.click(screen.getByRole('button', { name: messages.followUpDone }));
  const field = screen.getByLabelText(messages.answerLabels.felt) as HTMLTextAreaElement;
  fireEvent.input(field, { target: { value: felt } });
  return field;
}

const answersOf = (felt: string) => ({ felt, reactions: '', innerSteps: '' });

describe('the follow-up of a step', () => {
  it("asks gently, with the step and the user's words", () => {
    renderFollowUp();
    expect(screen.getByRole('heading', { name: 'Hoe ging het?' })).toBeTruthy();
    expect(screen.getByText('met Sam')).toBeTruthy();
    for (const name of ['Gedaan', 'Nog niet', 'Laat maar'])
      expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\d/);
  });

  it('"Gedaan" opens the article\'s three prompts, and stores the answers on the step', async () => {
    const { save } = renderFollowUp();
    fireEvent.click(screen.getByRole('button', { name: 'Gedaan' }));
    const felt = screen.getByLabelText('Hoe voelde het om open te zijn?');
    await waitFor(() => expect(document.activeElement).toBe(felt));
    fireEvent.input(felt, { target: { value: 'Spannend, en daarna licht.' } });
    fireEvent.input(screen.getByLabelText('Wat waren de reacties?'), {
      target: { value: 'Sam knikte.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaar in je terugblik' }));
    expect((await screen.findByRole('status')).textContent).toBe('Bewaard in je terugblik.');
    expect(save).toHaveBeenCalledWith(step, {
      ...step,
      status: 'done',
      answeredAtMs: NOW_MS,
      answers: { felt: 'Spannend, en daarna licht.', reactions: 'Sam knikte.', innerSteps: '' },
    });
  });

  it.each([
    ['Nog niet', 'not-yet'],
    ['Laat maar', 'let-go'],
  ] as const)('"%s" is stored at once, without blame', async (name, kind) => {
    const { save } = renderFollowUp();
    fireEvent.click(screen.getByRole('button', { name }));
    expect((await screen.findByRole('status')).textContent).toBe(nl.answered[kind]);
    expect(save).toHaveBeenCalledWith(
      step,
      answerFollowUp(step, { kind }, DEFAULT_PREFERENCES, NOW_MS),
    );
  });

  it('keeps the answers when storing fails, and says so', async () => {
    renderFollowUp(
      vi.fn<Save>(async () => ({ refused: 'saveFailed' })),
      en,
    );
    fireEvent.click(screen.getByRole('button', { name: 'I did it' }));
    fireEvent.input(screen.getByLabelText('What inner steps did you take?'), {
      target: { value: 'I stayed.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save in Looking back' }));
    expect((await screen.findByRole('alert')).textContent).toBe(en.answerFailed);
    expect(
      (screen.getByLabelText('What inner steps did you take?') as HTMLTextAreaElement).value,
    ).toBe('I stayed.');
  });

  it('tells the page when there are answers to keep, and how to keep them', async () => {
    const { save, onPending } = renderFollowUp();
    answer('Licht.');
    const keep = onPending.mock.lastCall?.[0] as () => Promise<boolean>;
    expect(keep).toBeTypeOf('function');
    expect(await keep()).toBe(true);
    expect(save).toHaveBeenCalledWith(step, {
      ...step,
      status: 'done',
      answeredAtMs: NOW_MS,
      answers: answersOf('Licht.'),
    });
    await waitFor(() => expect(onPending).toHaveBeenLastCalledWith(null));
  });
});

describe('a follow-up whose step changed elsewhere meanwhile', () => {
  const letGo: Intention = { ...step, status: 'let-go', answeredAtMs: NOW_MS - 60_000 };

  it('shows what is stored there beside the answers, and "Houd de mijne" stores them over it', async () => {
    const save = vi
      .fn<Save>()
      .mockResolvedValueOnce({ refused: 'changed', current: letGo })
      .mockImplementation(async (_base, next) => ({ saved: next }));
    renderFollowUp(save);
    const felt = answer('Het viel mee.');
    fireEvent.click(screen.getByRole('button', { name: 'Bewaar in je terugblik' }));

    const notice = (await screen.findByRole('heading', { name: nl.changedHeading })).closest(
      'section',
    ) as HTMLElement;
    expect(within(notice).getByText(nl.theirsLabel)).toBeTruthy();
    expect(within(notice).getByText('met Sam')).toBeTruthy();
    // The answers stay theirs, in their fields, and nothing says they were kept.
    expect(felt.value).toBe('Het viel mee.');
    expect(screen.queryByText(nl.answered.done)).toBeNull();

    fireEvent.click(within(notice).getByRole('button', { name: 'Houd de mijne' }));
    expect((await screen.findByText(nl.answered.done)).getAttribute('role')).toBe('status');
    expect(save).toHaveBeenLastCalledWith(letGo, {
      ...letGo,
      status: 'done',
      answeredAtMs: NOW_MS,
      answers: answersOf('Het viel mee.'),
    });
  });

  it('"Houd allebei" keeps the answers beside those given there', async () => {
    const there: Intention = {
      ...step,
      status: 'done',
      answeredAtMs: NOW_MS - 60_000,
      answers: { felt: 'Eng.', reactions: 'Sam lachte.', innerSteps: '' },
    };
    const save = vi
      .fn<Save>()
      .mockResolvedValueOnce({ refused: 'changed', current: there })
      .mockImplementation(async (_base, next) => ({ saved: next }));
    renderFollowUp(save);
    answer('Toch fijn.');
    fireEvent.click(screen.getByRole('button', { name: 'Bewaar in je terugblik' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Houd allebei' }));
    await screen.findByText(nl.answered.done);
    expect(save).toHaveBeenLastCalledWith(there, {
      ...there,
      answers: { felt: 'Eng.\n\nToch fijn.', reactions: 'Sam lachte.', innerSteps: '' },
    });
  });

  it('"Houd die van daar" keeps what is stored there, and stores nothing more', async () => {
    const save = vi.fn<Save>(async () => ({ refused: 'changed', current: letGo }));
    renderFollowUp(save);
    answer('Laat maar zo.');
    fireEvent.click(screen.getByRole('button', { name: 'Bewaar in je terugblik' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Houd die van daar' }));
    expect(await screen.findByText(nl.answered['let-go'])).toBeTruthy();
    expect(save).toHaveBeenCalledOnce();
  });

  it('deleted elsewhere: "Zet terug met mijn woorden" puts the step back with the answers', async () => {
    const { restore } = renderFollowUp(vi.fn<Save>(async () => ({ refused: 'gone' })));
    answer('Goed gedaan.');
    fireEvent.click(screen.getByRole('button', { name: 'Bewaar in je terugblik' }));
    await screen.findByRole('heading', { name: nl.goneHeading });
    expect(screen.queryByRole('button', { name: 'Houd allebei' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Zet terug met mijn woorden' }));
    await screen.findByText(nl.answered.done);
    expect(restore).toHaveBeenCalledWith({
      ...step,
      status: 'done',
      answeredAtMs: NOW_MS,
      answers: answersOf('Goed gedaan.'),
    });
  });

  it('deleted elsewhere: "Laat mijn woorden gaan" ends the follow-up', async () => {
    const { restore } = renderFollowUp(vi.fn<Save>(async () => ({ refused: 'gone' })));
    answer('Weg.');
    fireEvent.click(screen.getByRole('button', { name: 'Bewaar in je terugblik' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Laat mijn woorden gaan' }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Hoe ging het?' })).toBeNull(),
    );
    expect(restore).not.toHaveBeenCalled();
  });
});

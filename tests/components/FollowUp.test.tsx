// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stepMessages as en } from '@/assets/i18n/steps-en';
import { stepMessages as nl } from '@/assets/i18n/steps-nl';
import { FollowUp } from '@/components/FollowUp';
import type { FollowUpReply } from '@/utils/core/intentions';

afterEach(cleanup);

function renderFollowUp(onReply = vi.fn(async (_reply: FollowUpReply) => true), messages = nl) {
  render(
    <FollowUp
      messages={messages}
      stepText="Deel een kleine onzekerheid met iemand die je vertrouwt."
      words="met Sam"
      onReply={onReply}
    />,
  );
  return onReply;
}

describe('the follow-up of a step', () => {
  it("asks gently, with the step and the user's words", () => {
    renderFollowUp();
    expect(screen.getByRole('heading', { name: 'Hoe ging het?' })).toBeTruthy();
    expect(screen.getByText('met Sam')).toBeTruthy();
    for (const name of ['Gedaan', 'Nog niet', 'Laat maar'])
      expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\d/);
  });

  it('"Gedaan" opens the article\'s three prompts, and stores the answers', async () => {
    const onReply = renderFollowUp();
    fireEvent.click(screen.getByRole('button', { name: 'Gedaan' }));
    const felt = screen.getByLabelText('Hoe voelde het om open te zijn?');
    await waitFor(() => expect(document.activeElement).toBe(felt));
    fireEvent.input(felt, { target: { value: 'Spannend, en daarna licht.' } });
    fireEvent.input(screen.getByLabelText('Wat waren de reacties?'), {
      target: { value: 'Sam knikte.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaar in je terugblik' }));
    expect((await screen.findByRole('status')).textContent).toBe('Bewaard in je terugblik.');
    expect(onReply).toHaveBeenCalledWith({
      kind: 'done',
      answers: { felt: 'Spannend, en daarna licht.', reactions: 'Sam knikte.', innerSteps: '' },
    });
  });

  it.each([
    ['Nog niet', 'not-yet'],
    ['Laat maar', 'let-go'],
  ] as const)('"%s" is stored at once, without blame', async (name, kind) => {
    const onReply = renderFollowUp();
    fireEvent.click(screen.getByRole('button', { name }));
    expect((await screen.findByRole('status')).textContent).toBe(nl.answered[kind]);
    expect(onReply).toHaveBeenCalledWith({ kind });
  });

  it('keeps the answers when storing fails, and says so', async () => {
    renderFollowUp(
      vi.fn(async () => false),
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
});

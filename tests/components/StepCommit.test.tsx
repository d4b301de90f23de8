// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stepMessages as en } from '@/assets/i18n/steps-en';
import { stepMessages as nl } from '@/assets/i18n/steps-nl';
import { StepCommit, type StepCommitProps } from '@/components/StepCommit';

afterEach(cleanup);

// The unit tests run in Europe/Amsterdam (vitest.config.ts). 1 December 2026 is a Tuesday.
const at = (month: number, day: number, hour: number, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute).getTime();
const NOW_MS = at(12, 1, 12, 30);

function renderCommit(
  onCommit: StepCommitProps['onCommit'] = vi.fn(async () => at(12, 4, 9)),
  messages = nl,
) {
  const onCancel = vi.fn();
  render(
    <StepCommit
      messages={messages}
      id="t"
      onCommit={onCommit}
      onCancel={onCancel}
      now={() => NOW_MS}
    />,
  );
  return { onCommit, onCancel };
}

/** Chooses the step as it is, and resolves to what is said once it is stored. */
async function commit() {
  fireEvent.click(screen.getByRole('button', { name: /^(Bewaren|Save)$/ }));
  return (await screen.findByRole('status')).textContent;
}

describe('choosing a step to try', () => {
  it('starts in the words, offers when to look back (tomorrow by default), and stores both', async () => {
    const { onCommit } = renderCommit();
    const words = screen.getByLabelText('Met wie, of hoe? (mag leeg blijven)');
    await waitFor(() => expect(document.activeElement).toBe(words));
    expect((screen.getByRole('radio', { name: 'Morgen' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.input(words, { target: { value: 'met Sam, bij de koffie' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Over een paar dagen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    const done = await screen.findByRole('status');
    expect(onCommit).toHaveBeenCalledWith('met Sam, bij de koffie', 'in-a-few-days');
    expect(done.textContent).toBe(
      'Bewaard. Bij een pauze vanaf vrijdag 4 december om 09:00 vraagt Moedpauze hoe het ging.',
    );
    await waitFor(() => expect(document.activeElement).toBe(done));
  });

  it.each([
    [
      nl,
      at(12, 1, 14, 30),
      'Bewaard. Bij een pauze vanaf vandaag om 14:30 vraagt Moedpauze hoe het ging.',
    ],
    [
      nl,
      at(12, 2, 9),
      'Bewaard. Bij een pauze vanaf morgen om 09:00 vraagt Moedpauze hoe het ging.',
    ],
    [
      en,
      at(12, 2, 9),
      /^Saved\. At a pause from tomorrow at 9:00\sAM, Moedpauze will ask how it went\.$/,
    ],
    [en, at(12, 10, 9), /^Saved\. At a pause from Thursday, December 10 at 9:00\sAM, Moedpauze/],
  ])('names the day and time its follow-up can first come (%#)', async (messages, dueMs, said) => {
    renderCommit(
      vi.fn(async () => dueMs),
      messages,
    );
    expect(await commit()).toMatch(said);
  });

  it('says why a step is not stored, kindly, and keeps the words', async () => {
    renderCommit(vi.fn(async () => 'tooManyOpen' as const));
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'mijn woorden' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Je probeert er al drie');
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('mijn woorden');
    expect(screen.getByRole('textbox').getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses words longer than 280 characters, with the lengths, and stores nothing', () => {
    const { onCommit } = renderCommit();
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'x'.repeat(300) } });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    expect(screen.getByRole('alert').textContent).toContain('300');
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('cancels with its button and with Escape', () => {
    const { onCancel } = renderCommit(undefined, en);
    fireEvent.keyDown(screen.getByLabelText('With whom, or how? (optional)'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messages } from '@/assets/i18n/nl';
import { App } from '@/entrypoints/options/App';
import type { Preferences } from '@/utils/preferences';

afterEach(cleanup);

function renderOptions(onSave = vi.fn(async (_preferences: Preferences) => {})) {
  render(
    <App
      messages={messages}
      initialPreferences={{ intervalMinutes: 30 }}
      hasRepairedData={false}
      onSave={onSave}
    />,
  );
  return { onSave, field: screen.getByLabelText(messages.intervalLabel) as HTMLInputElement };
}

/** What a person does: type a value, then leave the field. */
function typeAndLeave(field: HTMLInputElement, value: string) {
  fireEvent.input(field, { target: { value } });
  fireEvent.change(field, { target: { value } });
}

describe('the options page', () => {
  it('shows the stored interval', () => {
    expect(renderOptions().field.value).toBe('30');
  });

  it('saves a valid interval when the field is left, and says so', async () => {
    const { onSave, field } = renderOptions();
    typeAndLeave(field, '45');
    await waitFor(() => expect(screen.getByText(messages.saved)).toBeTruthy());
    expect(onSave).toHaveBeenCalledWith({ intervalMinutes: 45 });
    expect(field.getAttribute('aria-invalid')).toBe('false');
  });

  it.each([
    ['3', messages.intervalErrors.tooLow],
    ['241', messages.intervalErrors.tooHigh],
    ['7.5', messages.intervalErrors.notWhole],
    ['', messages.intervalErrors.required],
  ])('refuses %j beside the field and saves nothing', (value, message) => {
    const { onSave, field } = renderOptions();
    typeAndLeave(field, value);
    const error = screen.getByText(message);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('clears the message once the value is good again', async () => {
    const { field } = renderOptions();
    typeAndLeave(field, '3');
    typeAndLeave(field, '20');
    await waitFor(() => expect(screen.getByText(messages.saved)).toBeTruthy());
    expect(screen.queryByText(messages.intervalErrors.tooLow)).toBeNull();
    expect(field.getAttribute('aria-invalid')).toBe('false');
  });

  it('saves on Enter too', async () => {
    const { onSave, field } = renderOptions();
    fireEvent.input(field, { target: { value: '60' } });
    fireEvent.submit(field.form as HTMLFormElement);
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ intervalMinutes: 60 }));
  });

  it('does not save an unchanged value again', () => {
    const { onSave, field } = renderOptions();
    typeAndLeave(field, '30');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('tells the person when saving failed', async () => {
    const { field } = renderOptions(
      vi.fn(async () => {
        throw new Error('disk full');
      }),
    );
    typeAndLeave(field, '45');
    await waitFor(() => expect(screen.getByText(messages.saveFailed)).toBeTruthy());
  });

  it('says when stored settings had to be repaired', () => {
    render(
      <App
        messages={messages}
        initialPreferences={{ intervalMinutes: 30 }}
        hasRepairedData
        onSave={vi.fn()}
      />,
    );
    expect(screen.getByText(messages.repairedNotice)).toBeTruthy();
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cards } from '@/assets/content/nl';
import { messages } from '@/assets/i18n/nl';
import { App, type OptionsAppProps } from '@/entrypoints/options/App';
import { DEFAULT_PREFERENCES } from '@/utils/preferences';

afterEach(cleanup);

function renderOptions(overrides: Partial<OptionsAppProps> = {}) {
  const props: OptionsAppProps = {
    locale: { language: 'nl', messages, cards },
    initialPreferences: DEFAULT_PREFERENCES,
    initialHiddenCardIds: [],
    hasRepairedData: false,
    onSave: vi.fn(async () => {}),
    onRestoreCard: vi.fn(async () => {}),
    ...overrides,
  };
  render(<App {...props} />);
  return { props, field: screen.getByLabelText(messages.intervalLabel) as HTMLInputElement };
}

/** What a person does: type a value, then leave the field. */
function typeAndLeave(field: HTMLInputElement, value: string) {
  fireEvent.input(field, { target: { value } });
  fireEvent.change(field, { target: { value } });
}

describe('the interval field', () => {
  it('shows the stored interval', () => {
    expect(renderOptions().field.value).toBe('30');
  });

  it('saves a valid interval when the field is left, and says so', async () => {
    const { props, field } = renderOptions();
    typeAndLeave(field, '45');
    await waitFor(() => expect(screen.getByText(messages.saved)).toBeTruthy());
    expect(props.onSave).toHaveBeenCalledWith({ ...DEFAULT_PREFERENCES, intervalMinutes: 45 });
    expect(field.getAttribute('aria-invalid')).toBe('false');
  });

  it.each([
    ['3', messages.intervalErrors.tooLow],
    ['241', messages.intervalErrors.tooHigh],
    ['7.5', messages.intervalErrors.notWhole],
    ['', messages.intervalErrors.required],
  ])('refuses %j beside the field and saves nothing', (value, message) => {
    const { props, field } = renderOptions();
    typeAndLeave(field, value);
    const error = screen.getByText(message);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    expect(props.onSave).not.toHaveBeenCalled();
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
    const { props, field } = renderOptions();
    fireEvent.input(field, { target: { value: '60' } });
    fireEvent.submit(field.form as HTMLFormElement);
    await waitFor(() =>
      expect(props.onSave).toHaveBeenCalledWith({ ...DEFAULT_PREFERENCES, intervalMinutes: 60 }),
    );
  });

  it('does not save an unchanged value again', () => {
    const { props, field } = renderOptions();
    typeAndLeave(field, '30');
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('tells the person when saving failed', async () => {
    const { field } = renderOptions({
      onSave: vi.fn(async () => {
        throw new Error('disk full');
      }),
    });
    typeAndLeave(field, '45');
    await waitFor(() => expect(screen.getByText(messages.saveFailed)).toBeTruthy());
  });
});

describe('the content choices', () => {
  it('saves the kinds of card at once when one is turned off', async () => {
    const { props } = renderOptions();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Reflectievraag' }));
    await waitFor(() =>
      expect(props.onSave).toHaveBeenCalledWith({
        ...DEFAULT_PREFERENCES,
        enabledKinds: ['quote', 'reframe', 'step'],
      }),
    );
  });

  it('refuses to turn off the last kind, with a message, and saves nothing', () => {
    const { props } = renderOptions({
      initialPreferences: { ...DEFAULT_PREFERENCES, enabledKinds: ['step'] },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kleine stap' }));
    expect(screen.getByText(messages.kindsErrors.noKind)).toBeTruthy();
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('saves a chosen language', async () => {
    const { props } = renderOptions();
    fireEvent.change(screen.getByLabelText('Taal'), { target: { value: 'en' } });
    await waitFor(() =>
      expect(props.onSave).toHaveBeenCalledWith({ ...DEFAULT_PREFERENCES, language: 'en' }),
    );
  });

  it('lists hidden cards and restores one', async () => {
    const hidden = cards.find((card) => card.id === 'reframe-i-seem-weak');
    const { props } = renderOptions({ initialHiddenCardIds: ['reframe-i-seem-weak', 'gone-id'] });
    expect(hidden).toBeDefined();
    const restore = screen.getByRole('button', { name: 'Terugzetten' });
    expect(restore.getAttribute('aria-describedby')).toBe('hidden-reframe-i-seem-weak');
    fireEvent.click(restore);
    await waitFor(() => expect(screen.getByText(messages.hiddenNone)).toBeTruthy());
    expect(props.onRestoreCard).toHaveBeenCalledWith('reframe-i-seem-weak');
  });

  it('says when there are no hidden cards', () => {
    renderOptions();
    expect(screen.getByText(messages.hiddenNone)).toBeTruthy();
  });
});

it('says when stored settings had to be repaired', () => {
  renderOptions({ hasRepairedData: true });
  expect(screen.getByText(messages.repairedNotice)).toBeTruthy();
});

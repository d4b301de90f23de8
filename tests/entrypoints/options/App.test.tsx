// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cards as enCards } from '@/assets/content/en';
import { cards } from '@/assets/content/nl';
import { messages as en } from '@/assets/i18n/en';
import { messages } from '@/assets/i18n/nl';
import type { UiMessages } from '@/assets/i18n/types';
import { App, type OptionsAppProps } from '@/entrypoints/options/App';
import { DEFAULT_PREFERENCES, type NumberError } from '@/utils/core/preferences';
import { optionsProps } from '../../helpers/options-props';

afterEach(cleanup);

function renderOptions(overrides: Partial<OptionsAppProps> = {}) {
  const props = optionsProps(overrides);
  const view = render(<App {...props} />);
  return {
    props,
    view,
    field: screen.getByLabelText(props.locale.messages.intervalLabel) as HTMLInputElement,
  };
}

/** What a person does: type a value, then leave the field. */
function typeAndLeave(field: HTMLInputElement, value: string) {
  fireEvent.input(field, { target: { value } });
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

/** The field a label names. */
function fieldLabelled(label: string) {
  return screen.getByLabelText(label) as HTMLInputElement;
}

/** Expects the message beside the field, tied to it, with the field marked invalid. */
function expectRefusedBeside(field: HTMLInputElement, message: string) {
  const error = screen.getByText(message);
  expect(field.getAttribute('aria-invalid')).toBe('true');
  expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
  expect(field.closest('.field')?.contains(error)).toBe(true);
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

  it('counts only the hidden cards it can show, as the list does', () => {
    renderOptions({
      initialHiddenCardIds: ['reframe-i-seem-weak', 'gone-id'],
      dataSummary: { pauses: 0, notes: 0, hiddenCards: 2, ownCards: 0, steps: 0 },
    });
    screen.getByText(
      `${messages.dataSummary(0, 0, 1)} ${messages.ownCardsSummary(0)} ${messages.stepsSummary(0)}`,
    );
  });

  it('says when there are no hidden cards', () => {
    renderOptions();
    expect(screen.getByText(messages.hiddenNone)).toBeTruthy();
  });
});

/** A whole-number reminder setting: its label, messages, stored text, a good value and bad ones. */
interface WholeNumberCase {
  field: 'pauseSeconds' | 'naturalBreakMinutes';
  label: string;
  errors: Record<NumberError, string>;
  stored: string;
  valid: number;
  refused: [string, NumberError][];
}

describe.each<WholeNumberCase>([
  {
    field: 'pauseSeconds',
    label: messages.pauseSecondsLabel,
    errors: messages.pauseSecondsErrors,
    stored: '60',
    valid: 90,
    refused: [
      ['29', 'tooLow'],
      ['601', 'tooHigh'],
      ['1.5', 'notWhole'],
      [' ', 'required'],
    ],
  },
  {
    field: 'naturalBreakMinutes',
    label: messages.naturalBreakLabel,
    errors: messages.naturalBreakErrors,
    stored: '5',
    valid: 15,
    refused: [
      ['0', 'tooLow'],
      ['61', 'tooHigh'],
      ['1e1', 'notWhole'],
      ['', 'required'],
    ],
  },
])('the $field field', ({ field, label, errors, stored, valid, refused }) => {
  it('shows the stored value', () => {
    renderOptions();
    expect(fieldLabelled(label).value).toBe(stored);
  });

  it('saves a valid value when the field is left, and says so', async () => {
    const { props } = renderOptions();
    typeAndLeave(fieldLabelled(label), String(valid));
    await waitFor(() => expect(screen.getByText(messages.saved)).toBeTruthy());
    expect(props.onSave).toHaveBeenCalledWith({ ...DEFAULT_PREFERENCES, [field]: valid });
    expect(fieldLabelled(label).getAttribute('aria-invalid')).toBe('false');
  });

  it.each(refused)('refuses %j beside the field and saves nothing', (value, error) => {
    const { props } = renderOptions();
    typeAndLeave(fieldLabelled(label), value);
    expectRefusedBeside(fieldLabelled(label), errors[error]);
    expect(props.onSave).not.toHaveBeenCalled();
    expect(screen.queryByText(messages.saved)).toBeNull();
  });

  it('saves on Enter too', async () => {
    const { props } = renderOptions();
    const input = fieldLabelled(label);
    fireEvent.input(input, { target: { value: String(valid) } });
    fireEvent.submit(input.form as HTMLFormElement);
    await waitFor(() =>
      expect(props.onSave).toHaveBeenCalledWith({ ...DEFAULT_PREFERENCES, [field]: valid }),
    );
  });
});

describe('an invalid field beside valid ones', () => {
  it('keeps its message while the valid fields still save', async () => {
    const { props } = renderOptions();
    typeAndLeave(fieldLabelled(messages.pauseSecondsLabel), '5');
    typeAndLeave(fieldLabelled(messages.naturalBreakLabel), '10');
    await waitFor(() => expect(screen.getByText(messages.saved)).toBeTruthy());
    expect(props.onSave).toHaveBeenCalledTimes(1);
    expect(props.onSave).toHaveBeenCalledWith({ ...DEFAULT_PREFERENCES, naturalBreakMinutes: 10 });
    expectRefusedBeside(
      fieldLabelled(messages.pauseSecondsLabel),
      messages.pauseSecondsErrors.tooLow,
    );
  });

  it('builds each save on the one before, even while that one is still saving', async () => {
    const { props } = renderOptions({ onSave: vi.fn(() => new Promise<void>(() => {})) });
    typeAndLeave(fieldLabelled(messages.pauseSecondsLabel), '90');
    fireEvent.click(screen.getByRole('checkbox', { name: 'zaterdag' }));
    expect(props.onSave).toHaveBeenLastCalledWith({
      ...DEFAULT_PREFERENCES,
      pauseSeconds: 90,
      activeDays: [1, 2, 3, 4, 5, 6],
    });
  });

  it('speaks its message in a newly chosen language', () => {
    const { props, view } = renderOptions();
    typeAndLeave(fieldLabelled(messages.pauseSecondsLabel), '5');
    view.rerender(<App {...props} locale={{ language: 'en', messages: en, cards: enCards }} />);
    expect(screen.getByText(en.pauseSecondsErrors.tooLow)).toBeTruthy();
  });
});

describe('the active days', () => {
  function daysGroup() {
    return screen.getByRole('group', { name: messages.activeDaysLegend });
  }

  it('offers the seven days, Monday first, with the stored ones ticked', () => {
    renderOptions();
    const boxes = within(daysGroup()).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((box) => box.labels?.[0]?.textContent)).toEqual([
      'maandag',
      'dinsdag',
      'woensdag',
      'donderdag',
      'vrijdag',
      'zaterdag',
      'zondag',
    ]);
    expect(boxes.map((box) => box.checked)).toEqual([true, true, true, true, true, false, false]);
  });

  it('saves at once when a day is ticked or unticked, and says so', async () => {
    const { props } = renderOptions();
    fireEvent.click(screen.getByRole('checkbox', { name: 'zondag' }));
    await waitFor(() => expect(screen.getByText(messages.saved)).toBeTruthy());
    expect(props.onSave).toHaveBeenLastCalledWith({
      ...DEFAULT_PREFERENCES,
      activeDays: [0, 1, 2, 3, 4, 5],
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'maandag' }));
    await waitFor(() =>
      expect(props.onSave).toHaveBeenLastCalledWith({
        ...DEFAULT_PREFERENCES,
        activeDays: [0, 2, 3, 4, 5],
      }),
    );
  });

  it('refuses to untick the last day, with a message beside the days, and saves nothing', () => {
    const { props } = renderOptions({
      initialPreferences: { ...DEFAULT_PREFERENCES, activeDays: [3] },
    });
    const wednesday = screen.getByRole('checkbox', { name: 'woensdag' });
    fireEvent.click(wednesday);
    const error = screen.getByText(messages.daysErrors.noDay);
    expect(daysGroup().contains(error)).toBe(true);
    expect(daysGroup().getAttribute('aria-describedby')).toBe(error.id);
    expect(wednesday.getAttribute('aria-invalid')).toBe('true');
    expect(props.onSave).not.toHaveBeenCalled();
  });
});

describe('the active hours', () => {
  it('shows the stored hours as times', () => {
    renderOptions({
      initialPreferences: { ...DEFAULT_PREFERENCES, activeStartMinute: 570, activeEndMinute: 0 },
    });
    expect(fieldLabelled(messages.activeStartLabel).value).toBe('09:30');
    expect(fieldLabelled(messages.activeEndLabel).value).toBe('00:00');
  });

  it.each([
    [messages.activeStartLabel, 'activeStartMinute', '07:30', 450],
    [messages.activeEndLabel, 'activeEndMinute', '22:00', 1320],
  ] as const)('stores "%s" %s as minutes of the day', async (label, field, time, minutes) => {
    const { props } = renderOptions();
    typeAndLeave(fieldLabelled(label), time);
    await waitFor(() => expect(screen.getByText(messages.saved)).toBeTruthy());
    expect(props.onSave).toHaveBeenCalledWith({ ...DEFAULT_PREFERENCES, [field]: minutes });
  });

  it.each([messages.activeStartLabel, messages.activeEndLabel])(
    'refuses an incomplete "%s" beside the field and saves nothing',
    (label) => {
      const { props } = renderOptions();
      typeAndLeave(fieldLabelled(label), '');
      expectRefusedBeside(fieldLabelled(label), messages.timeErrors.required);
      expect(props.onSave).not.toHaveBeenCalled();
    },
  );

  it('explains both ends with one hint', () => {
    renderOptions();
    const hint = screen.getByText(messages.activeHoursHint);
    for (const label of [messages.activeStartLabel, messages.activeEndLabel]) {
      expect(fieldLabelled(label).getAttribute('aria-describedby')).toBe(hint.id);
    }
  });
});

describe('how a pause announces itself', () => {
  it('offers the three ways, the stored one chosen', () => {
    renderOptions({ initialPreferences: { ...DEFAULT_PREFERENCES, deliveryMode: 'badge' } });
    const select = screen.getByLabelText(messages.deliveryLabel) as HTMLSelectElement;
    expect([...select.options].map((option) => option.text)).toEqual([
      messages.deliveryNames.notification,
      messages.deliveryNames.window,
      messages.deliveryNames.badge,
    ]);
    expect(select.value).toBe('badge');
    expect(screen.getByText(messages.deliveryHint).id).toBe(
      select.getAttribute('aria-describedby'),
    );
  });

  it('saves a chosen way at once, and says so', async () => {
    const { props } = renderOptions();
    fireEvent.change(screen.getByLabelText(messages.deliveryLabel), {
      target: { value: 'window' },
    });
    await waitFor(() => expect(screen.getByText(messages.saved)).toBeTruthy());
    expect(props.onSave).toHaveBeenCalledWith({ ...DEFAULT_PREFERENCES, deliveryMode: 'window' });
  });
});

describe('the sound setting', () => {
  it('is a checkbox, off by default, explained by its hint', () => {
    renderOptions();
    const box = fieldLabelled(messages.soundLabel);
    expect(box.type).toBe('checkbox');
    expect(box.id).toBe('sound-enabled');
    expect(box.checked).toBe(false);
    expect(screen.getByText(messages.soundHint).id).toBe(box.getAttribute('aria-describedby'));
  });

  it('shows sound as stored', () => {
    renderOptions({ initialPreferences: { ...DEFAULT_PREFERENCES, soundEnabled: true } });
    expect(fieldLabelled(messages.soundLabel).checked).toBe(true);
  });

  it('saves at once when ticked, and says so', async () => {
    const { props } = renderOptions();
    fireEvent.click(fieldLabelled(messages.soundLabel));
    await waitFor(() => expect(screen.getByText(messages.saved)).toBeTruthy());
    expect(props.onSave).toHaveBeenCalledWith({ ...DEFAULT_PREFERENCES, soundEnabled: true });
  });

  it('saves sound off when unticked', async () => {
    const { props } = renderOptions({
      initialPreferences: { ...DEFAULT_PREFERENCES, soundEnabled: true },
    });
    fireEvent.click(fieldLabelled(messages.soundLabel));
    await waitFor(() => expect(props.onSave).toHaveBeenCalled());
    expect(props.onSave).toHaveBeenCalledWith({ ...DEFAULT_PREFERENCES, soundEnabled: false });
  });
});

describe('waiting for calls, and the card in the notification', () => {
  it.each([
    ['waitWhileBusy', 'waitWhileBusyLabel', 'waitWhileBusyHint', true],
    ['waitWhileSound', 'waitWhileSoundLabel', 'waitWhileSoundHint', false],
    ['cardInNotification', 'cardInNotificationLabel', 'cardInNotificationHint', true],
  ] as const)(
    '%s: a checkbox, %s by default, explained, saved at once when changed',
    async (field, label, hint, isOn) => {
      const { props } = renderOptions();
      const box = fieldLabelled(messages[label]);
      expect(box.type).toBe('checkbox');
      expect(box.checked).toBe(isOn);
      expect(screen.getByText(messages[hint]).id).toBe(box.getAttribute('aria-describedby'));
      fireEvent.click(box);
      await waitFor(() => expect(screen.getByText(messages.saved)).toBeTruthy());
      expect(props.onSave).toHaveBeenCalledWith({ ...DEFAULT_PREFERENCES, [field]: !isOn });
    },
  );

  it('shows them as stored', () => {
    renderOptions({
      initialPreferences: {
        ...DEFAULT_PREFERENCES,
        waitWhileBusy: false,
        waitWhileSound: true,
        cardInNotification: false,
      },
    });
    expect(fieldLabelled(messages.waitWhileBusyLabel).checked).toBe(false);
    expect(fieldLabelled(messages.waitWhileSoundLabel).checked).toBe(true);
    expect(fieldLabelled(messages.cardInNotificationLabel).checked).toBe(false);
  });
});

describe('the keyboard shortcut', () => {
  it('is named when there is one', () => {
    renderOptions({ shortcut: 'Ctrl+Shift+P' });
    expect(screen.getByText(messages.shortcutHint('Ctrl+Shift+P'))).toBeTruthy();
  });

  it.each([null, ''])('is not mentioned when there is none (%j)', (shortcut) => {
    const { view } = renderOptions({ shortcut });
    expect(view.container.querySelector('.shortcut-hint')).toBeNull();
  });
});

describe.each([
  ['nl', messages, cards],
  ['en', en, enCards],
] as const)('in %s', (language, strings: UiMessages, deck) => {
  it('labels every reminder setting', () => {
    renderOptions({ locale: { language, messages: strings, cards: deck } });
    const labels = [
      strings.intervalLabel,
      strings.pauseSecondsLabel,
      strings.activeStartLabel,
      strings.activeEndLabel,
      strings.naturalBreakLabel,
      strings.deliveryLabel,
    ];
    for (const label of labels) {
      expect(label.trim()).not.toBe('');
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    const days = screen.getByRole('group', { name: strings.activeDaysLegend });
    for (const day of [1, 2, 3, 4, 5, 6, 0]) {
      expect(within(days).getByRole('checkbox', { name: strings.weekdayNames[day] })).toBeTruthy();
    }
    for (const hint of [
      strings.pauseSecondsHint,
      strings.activeHoursHint,
      strings.naturalBreakHint,
    ]) {
      expect(screen.getByText(hint)).toBeTruthy();
    }
  });
});

it('says when stored settings had to be repaired', () => {
  renderOptions({ hasRepairedData: true });
  expect(screen.getByText(messages.repairedNotice)).toBeTruthy();
});

describe('preferences stored on another page while this one is open', () => {
  /** Another page stored `change`: this page is given the preferences as stored now. */
  function storeElsewhere(
    { props, view }: ReturnType<typeof renderOptions>,
    change: Partial<typeof DEFAULT_PREFERENCES>,
  ) {
    const stored = { ...props.initialPreferences, ...change };
    props.initialPreferences = stored;
    view.rerender(<App {...props} />);
  }

  it('an untouched field simply shows the value stored there', () => {
    const page = renderOptions();
    storeElsewhere(page, { intervalMinutes: 45 });
    expect(page.field.value).toBe('45');
    expect(screen.queryByRole('button', { name: 'Neem 45 over' })).toBeNull();
  });

  it('a field being typed keeps its text, says what is stored there, and offers to take it', () => {
    const page = renderOptions();
    fireEvent.input(page.field, { target: { value: '50' } });
    storeElsewhere(page, { intervalMinutes: 45 });
    expect(page.field.value).toBe('50');
    const note = screen.getByText(/^Op een andere pagina staat dit intussen op 45\./);
    expect(note.textContent).toContain(messages.fieldChangedElsewhere('45'));
    expect(page.field.closest('.field')?.contains(note)).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Neem 45 over' }));
    expect(page.field.value).toBe('45');
    expect(screen.queryByText(/Op een andere pagina staat dit intussen/)).toBeNull();
    // 45 is stored already: taking it saves nothing.
    expect(page.props.onSave).not.toHaveBeenCalled();
  });

  it('keeps the value typed once the field is left, over the one stored there', async () => {
    const page = renderOptions();
    fireEvent.input(page.field, { target: { value: '50' } });
    storeElsewhere(page, { intervalMinutes: 45 });
    typeAndLeave(page.field, '50');
    await waitFor(() =>
      expect(page.props.onSave).toHaveBeenCalledWith({
        ...DEFAULT_PREFERENCES,
        intervalMinutes: 50,
      }),
    );
    expect(screen.queryByText(/Op een andere pagina staat dit intussen/)).toBeNull();
  });

  it('a time being typed keeps its text beside the time stored there', () => {
    const page = renderOptions();
    const start = fieldLabelled(messages.activeStartLabel);
    fireEvent.input(start, { target: { value: '10:00' } });
    storeElsewhere(page, { activeStartMinute: 8 * 60 + 30 });
    expect(start.value).toBe('10:00');
    fireEvent.click(screen.getByRole('button', { name: 'Neem 08:30 over' }));
    expect(start.value).toBe('08:30');
  });

  it('a change made here after one stored there keeps the other page’s change', async () => {
    const page = renderOptions();
    storeElsewhere(page, { pauseSeconds: 120 });
    expect(fieldLabelled(messages.pauseSecondsLabel).value).toBe('120');
    typeAndLeave(page.field, '50');
    await waitFor(() =>
      expect(page.props.onSave).toHaveBeenCalledWith({
        ...DEFAULT_PREFERENCES,
        pauseSeconds: 120,
        intervalMinutes: 50,
      }),
    );
  });

  it('does not take a value saved here for one stored on another page', async () => {
    const page = renderOptions();
    typeAndLeave(page.field, '50');
    await waitFor(() => expect(screen.getByText(messages.saved)).toBeTruthy());
    fireEvent.input(page.field, { target: { value: '55' } });
    // Another page changes only the pause length; the interval is stored as this page saved it.
    storeElsewhere(page, { intervalMinutes: 50, pauseSeconds: 120 });
    expect(page.field.value).toBe('55');
    expect(screen.queryByText(/Op een andere pagina staat dit intussen/)).toBeNull();
  });

  it('days left untouched follow the days stored there', () => {
    const page = renderOptions();
    storeElsewhere(page, { activeDays: [1, 3] });
    const days = screen.getByRole('group', { name: messages.activeDaysLegend });
    const checked = within(days)
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).checked)
      .map((box) => box.getAttribute('value'));
    expect(checked).toEqual(['1', '3']);
  });
});

// @vitest-environment happy-dom

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messages as en } from '@/assets/i18n/en';
import { messages as nl } from '@/assets/i18n/nl';
import type { PauseAction } from '@/components/PauseControls';
import { handleMessage } from '@/entrypoints/background/messages';
import { App, type PopupAppProps } from '@/entrypoints/popup/App';
import type { Card } from '@/utils/core/card';
import type { PausePhase, PauseState, PlanReason } from '@/utils/core/pause-model';
import { loadIntentions } from '@/utils/store/intentions-store';
import { planFrom } from '../../helpers/pause';

const quote: Card = { id: 'quote-a', kind: 'quote', section: 'intro', text: 'eerste zin.' };
const step: Card = { id: 'step-b', kind: 'step', section: 'steps', text: 'tweede zin.' };

/** Wednesday 18 June 2025, 14:00 local time. */
const NOW_MS = new Date(2025, 5, 18, 14, 0).getTime();
/** A local time on a day of June 2025. */
const at = (day: number, hours: number, minutes: number) =>
  new Date(2025, 5, day, hours, minutes).getTime();

/** A stored pause state in `phase`, its next pause at `nextPauseAtMs`. */
function pauseState(
  phase: PausePhase,
  nextPauseAtMs: number | null = at(18, 14, 30),
  nextReason: PlanReason | 'noActiveHours' = 'interval',
): PauseState {
  const plan = planFrom(nextPauseAtMs, nextReason);
  return { phase, anchorMs: at(18, 14, 0), idleSinceMs: null, plan };
}

const WAITING = pauseState({ kind: 'waiting' });
const DUE = pauseState({ kind: 'delivered', dueAtMs: at(18, 13, 55), cardId: null }, null);
const PAUSED_UNTIL_TOMORROW = pauseState({ kind: 'paused', untilMs: at(19, 9, 0) }, at(19, 9, 30));

afterEach(cleanup);

function renderPopup(overrides: Partial<PopupAppProps> = {}) {
  const props: PopupAppProps = {
    messages: nl,
    language: 'nl',
    nowMs: NOW_MS,
    loadPauseState: vi.fn(async () => null),
    sendPauseAction: vi.fn(async () => {
      throw new Error('no background in this test');
    }),
    pauseUrl: '/pause.html',
    initialCard: quote,
    drawNext: vi.fn(async () => step),
    hide: vi.fn(async () => step),
    unhide: vi.fn(async () => {}),
    settingsUrl: 'options.html',
    journalUrl: 'journal.html',
    loadTryStep: vi.fn(async () => {
      const { loadTryStep } = await import('@/entrypoints/popup/try-step');
      return loadTryStep('nl');
    }),
    loadOpenSteps: vi.fn(async () => 0),
    ...overrides,
  };
  render(<App {...props} />);
  return props;
}

describe('the popup', () => {
  it('shows the drawn card', () => {
    renderPopup();
    expect(screen.getByRole('figure', { name: 'Uit het artikel' }).textContent).toContain(
      'Eerste zin.',
    );
  });

  it('"Nog een" draws the next card', async () => {
    const props = renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Nog een' }));
    await screen.findByText('Tweede zin.');
    expect(props.drawNext).toHaveBeenCalledOnce();
    expect(screen.queryByText('Eerste zin.')).toBeNull();
  });

  it('"Niet meer tonen" hides the card, shows the next, and offers undo right there', async () => {
    const props = renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Niet meer tonen' }));
    await screen.findByText('Tweede zin.');
    expect(props.hide).toHaveBeenCalledWith(quote);
    // The background answers the hide with the next card: nothing else is drawn.
    expect(props.drawNext).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toContain('Kaart verborgen.');

    fireEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    await screen.findByText('Eerste zin.');
    expect(props.unhide).toHaveBeenCalledWith(quote);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says kindly when no card is enabled, and offers no card actions', () => {
    renderPopup({ initialCard: null });
    expect(screen.getByText(nl.emptyDeck)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Nog een' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('draws its first card when none came with it, offering no card action until then', async () => {
    let answer: (card: Card) => void = () => {};
    const props = renderPopup({
      initialCard: undefined,
      drawNext: vi.fn(() => new Promise<Card>((resolve) => (answer = resolve))),
    });
    expect(props.drawNext).toHaveBeenCalledOnce();
    expect(screen.queryByRole('figure')).toBeNull();
    // Waiting is not "no card is enabled": nothing is said yet.
    expect(screen.queryByText(nl.emptyDeck)).toBeNull();
    expect((screen.getByRole('button', { name: 'Nog een' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    answer(step);
    await screen.findByText('Tweede zin.');
    expect((screen.getByRole('button', { name: 'Nog een' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it('links to the settings, opening them in a tab of their own', () => {
    renderPopup();
    const link = screen.getByRole('link', { name: 'Instellingen' });
    expect(link.getAttribute('href')).toBe('options.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('announces a new card politely', async () => {
    renderPopup();
    const region = screen.getByRole('figure').closest('[aria-live="polite"]');
    expect(region).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Nog een' }));
    await waitFor(() => expect(region?.textContent).toContain('Tweede zin.'));
    // The new card arrives in the same live region, so a screen reader hears it.
    expect(screen.getByRole('figure').closest('[aria-live="polite"]')).toBe(region);
  });
});

describe('the pause section of the popup', () => {
  /** Renders the popup with `state` stored, and waits until its status shows. */
  async function renderWithState(state: PauseState | null, overrides: Partial<PopupAppProps> = {}) {
    const props = renderPopup({ loadPauseState: vi.fn(async () => state), ...overrides });
    const section = screen.getByRole('region', {
      name: overrides.language === 'en' ? 'Pauses' : 'Pauzes',
    });
    await waitFor(() => expect(props.loadPauseState).toHaveBeenCalledOnce());
    if (state) await waitFor(() => expect(statusOf(section)).not.toBe(''));
    return { props, section };
  }

  /** The status sentence, with the narrow spaces some clock formats use made plain. */
  function statusOf(section: HTMLElement): string {
    return (section.querySelector('p')?.textContent ?? '').replace(/\s/g, ' ');
  }

  /** The names of the section's links and buttons, in order. */
  function controlsOf(section: HTMLElement): string[] {
    return within(section)
      .queryAllByRole(/^(link|button)$/)
      .map((control) => control.textContent ?? '');
  }

  it('draws the card at once, and offers "Pauze nemen" while the state is still unread', () => {
    renderPopup({ loadPauseState: () => new Promise(() => {}) });
    expect(screen.getByRole('figure', { name: 'Uit het artikel' })).toBeTruthy();
    const section = screen.getByRole('region', { name: 'Pauzes' });
    expect(statusOf(section)).toBe('');
    expect(controlsOf(section)).toEqual(['Pauze nemen']);
  });

  it('"Pauze nemen" opens the pause page in a tab of its own', async () => {
    const { section } = await renderWithState(WAITING);
    const link = within(section).getByRole('link', { name: 'Pauze nemen' });
    expect(link.getAttribute('href')).toBe('/pause.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('shows only "Pauze nemen" when no state is stored yet', async () => {
    const { section } = await renderWithState(null);
    expect(statusOf(section)).toBe('');
    expect(controlsOf(section)).toEqual(['Pauze nemen']);
  });

  it.each<[string, PauseState, string, string[]]>([
    ['waiting', WAITING, 'Volgende pauze om 14:30', ['Herinneringen 1 uur uit', 'Uit tot morgen']],
    [
      'outside the active hours',
      pauseState({ kind: 'waiting' }, at(23, 9, 30), 'windowOpens'),
      'Buiten je actieve uren. Volgende pauze maandag om 09:30',
      ['Herinneringen 1 uur uit', 'Uit tot morgen'],
    ],
    [
      'paused until tomorrow',
      PAUSED_UNTIL_TOMORROW,
      'Herinneringen gepauzeerd tot morgen 09:00',
      ['Herinneringen hervatten'],
    ],
    [
      'snoozed',
      pauseState({ kind: 'snoozed', untilMs: at(18, 14, 10) }, at(18, 14, 10), 'snoozeEnds'),
      'Uitgesteld tot 14:10',
      ['Herinneringen hervatten'],
    ],
    ['due', DUE, 'Tijd voor een korte pauze', ['5 min', '10 min', '15 min']],
    [
      'taking',
      pauseState({ kind: 'taking', sinceMs: at(18, 13, 58), cardId: null }, null),
      'Je pauze loopt',
      ['5 min', '10 min', '15 min'],
    ],
    [
      'without active hours',
      pauseState({ kind: 'waiting' }, null, 'noActiveHours'),
      nl.statusNoActiveHours,
      [],
    ],
  ])('%s: says so and offers what fits', async (_name, state, sentence, actions) => {
    const { section } = await renderWithState(state);
    expect(statusOf(section)).toBe(sentence);
    expect(controlsOf(section)).toEqual(['Pauze nemen', ...actions]);
  });

  it.each<[string, PauseState, string, string[]]>([
    [
      'waiting',
      WAITING,
      'Next pause at 2:30 PM',
      ['Reminders off for 1 hour', 'Off until tomorrow'],
    ],
    [
      'paused until tomorrow',
      PAUSED_UNTIL_TOMORROW,
      'Reminders paused until tomorrow 9:00 AM',
      ['Resume reminders'],
    ],
    ['due', DUE, 'Time for a short pause', ['5 min', '10 min', '15 min']],
  ])('in English, %s', async (_name, state, sentence, actions) => {
    const { section } = await renderWithState(state, { messages: en, language: 'en' });
    expect(statusOf(section)).toBe(sentence);
    expect(controlsOf(section)).toEqual(['Take a pause', ...actions]);
  });

  it('groups the snooze lengths under their legend, and makes taking the due pause the main action', async () => {
    const { section } = await renderWithState(DUE);
    const later = within(section).getByRole('group', { name: 'Later, over' });
    expect(
      within(later)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['5 min', '10 min', '15 min']);
    expect(within(section).getByRole('link').classList.contains('button-primary')).toBe(true);
  });

  it.each<[string, PauseState, string, PauseAction, PauseState, string]>([
    [
      'Herinneringen 1 uur uit',
      WAITING,
      'Herinneringen 1 uur uit',
      { type: 'reminders-paused', span: 'hour' },
      pauseState({ kind: 'paused', untilMs: at(18, 15, 0) }, at(18, 15, 30)),
      'Herinneringen gepauzeerd tot 15:00',
    ],
    [
      'Uit tot morgen',
      WAITING,
      'Uit tot morgen',
      { type: 'reminders-paused', span: 'tomorrow' },
      PAUSED_UNTIL_TOMORROW,
      'Herinneringen gepauzeerd tot morgen 09:00',
    ],
    ...([5, 10, 15] as const).map(
      (minutes): [string, PauseState, string, PauseAction, PauseState, string] => [
        `Later, ${minutes} min`,
        DUE,
        `${minutes} min`,
        { type: 'pause-snoozed', minutes },
        pauseState(
          { kind: 'snoozed', untilMs: NOW_MS + minutes * 60_000 },
          NOW_MS + minutes * 60_000,
          'snoozeEnds',
        ),
        `Uitgesteld tot 14:${String(minutes).padStart(2, '0')}`,
      ],
    ),
    [
      'Herinneringen hervatten',
      PAUSED_UNTIL_TOMORROW,
      'Herinneringen hervatten',
      { type: 'reminders-resumed' },
      WAITING,
      'Volgende pauze om 14:30',
    ],
  ])(
    '%s asks the background, then shows the new status',
    async (_name, before, control, message, after, sentence) => {
      const sendPauseAction = vi.fn(async () => ({ state: after }));
      const { section } = await renderWithState(before, { sendPauseAction });
      fireEvent.click(within(section).getByRole('button', { name: control }));
      await waitFor(() => expect(statusOf(section)).toBe(sentence));
      expect(sendPauseAction).toHaveBeenCalledExactlyOnceWith(message);
      // The button pressed is gone; focus is on the status that says what happened.
      await waitFor(() => expect(document.activeElement).toBe(section.querySelector('p')));
    },
  );

  it('shows the actions of the new state after one', async () => {
    const sendPauseAction = vi.fn(async () => ({ state: PAUSED_UNTIL_TOMORROW }));
    const { section } = await renderWithState(WAITING, { sendPauseAction });
    fireEvent.click(within(section).getByRole('button', { name: 'Uit tot morgen' }));
    await within(section).findByRole('button', { name: 'Herinneringen hervatten' });
    expect(controlsOf(section)).toEqual(['Pauze nemen', 'Herinneringen hervatten']);
  });

  it.each<[string, () => Promise<unknown>]>([
    ['the message fails', () => Promise.reject(new Error('Receiving end does not exist'))],
    // Chrome answers undefined when no listener answers: the type cannot promise otherwise.
    ['nothing answers', () => Promise.resolve(undefined)],
  ])('keeps the status and actions it had when %s', async (_name, answer) => {
    const sendPauseAction = vi.fn(answer) as unknown as PopupAppProps['sendPauseAction'];
    const { section } = await renderWithState(WAITING, { sendPauseAction });
    const button = within(section).getByRole('button', { name: 'Herinneringen 1 uur uit' });
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(sendPauseAction).toHaveBeenCalledOnce());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(statusOf(section)).toBe('Volgende pauze om 14:30');
    expect(controlsOf(section)).toEqual([
      'Pauze nemen',
      'Herinneringen 1 uur uit',
      'Uit tot morgen',
    ]);
    expect(document.activeElement).toBe(button);
  });
});

describe('small steps in the popup', () => {
  it('offers "Dit ga ik proberen" on a step card only', () => {
    renderPopup();
    expect(screen.queryByRole('button', { name: 'Dit ga ik proberen' })).toBeNull();
    cleanup();
    renderPopup({ initialCard: step });
    expect(screen.getByRole('button', { name: 'Dit ga ik proberen' })).toBeTruthy();
  });

  it('loads the form only when chosen, and has the background store the step with the words', async () => {
    // The popup's runtime, as a page has it, answered by the background's own handler.
    vi.stubGlobal('browser', {
      runtime: { sendMessage: (message: unknown) => handleMessage(message) },
    });
    // The background finds the card's words in the user's language.
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('nl');
    const props = renderPopup({ initialCard: step });
    expect(props.loadTryStep).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Dit ga ik proberen' }));
    const words = await screen.findByLabelText('Met wie, of hoe? (mag leeg blijven)');
    expect(props.loadTryStep).toHaveBeenCalledOnce();
    fireEvent.input(words, { target: { value: 'met mijn zus' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    // Its follow-up comes when the active hours (9 to 5, the defaults) next open.
    await screen.findByText(
      /^Bewaard\. Bij een pauze vanaf .+ om 09:00 vraagt Moedpauze hoe het ging\.$/,
    );
    const stored = await loadIntentions();
    expect(stored.at(-1)).toMatchObject({
      cardId: 'step-b',
      words: 'met mijn zus',
      status: 'open',
    });
    vi.unstubAllGlobals();
  });

  it('mentions the steps being tried, quietly, once it knows', async () => {
    renderPopup({ loadOpenSteps: vi.fn(async () => 1) });
    await screen.findByText('Je probeert een kleine stap.');
    cleanup();
    renderPopup({ loadOpenSteps: vi.fn(async () => 0) });
    await Promise.resolve();
    expect(screen.queryByText(/Je probeert/)).toBeNull();
  });
});

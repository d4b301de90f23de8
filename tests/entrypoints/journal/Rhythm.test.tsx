// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { journalMessages as en } from '@/assets/i18n/journal-en';
import { journalMessages as nl } from '@/assets/i18n/journal-nl';
import { Rhythm } from '@/entrypoints/journal/Rhythm';
import type { PauseLogEntry } from '@/utils/core/pause-model';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';

// Europe/Amsterdam (vitest.config.ts). Thursday 3 December 2026, 16:00: the week shown runs from
// Friday 27 November; Saturday and Sunday are days off (the default active days).
const at = (month: number, day: number, hour: number, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute).getTime();
const NOW = at(12, 3, 16);
const taken = (atMs: number, note = ''): PauseLogEntry => ({
  outcome: 'taken',
  atMs,
  cardId: null,
  note,
});
const LOG: PauseLogEntry[] = [
  taken(at(11, 10, 10)),
  taken(at(11, 30, 10, 5), 'Ik zei wat ik voelde.'),
  { outcome: 'missed', atMs: at(11, 30, 11) },
  { outcome: 'natural-break', atMs: at(11, 30, 10, 40), awayMs: 900_000 },
  taken(at(12, 1, 10, 20)),
  { outcome: 'missed', atMs: at(12, 2, 9) },
  taken(at(12, 3, 10, 30), 'Rustig.'),
  taken(at(12, 3, 14)),
];

afterEach(cleanup);

function renderRhythm(messages = nl, language: 'nl' | 'en' = 'nl') {
  return render(
    <Rhythm
      messages={messages}
      language={language}
      log={LOG}
      hours={DEFAULT_PREFERENCES}
      nowMs={NOW}
    />,
  );
}

/** The table's rows as a screen reader reads them: day, moments, notes. */
const rows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('Je ritme', () => {
  it('says the week in one sentence, counting moments and notes, never what was missed', () => {
    renderRhythm();
    expect(screen.getByRole('heading', { name: 'Je ritme' })).toBeTruthy();
    expect(screen.getByText(/^In de afgelopen 7 dagen/).textContent).toBe(
      'In de afgelopen 7 dagen nam je 5 momenten voor jezelf, 2 daarvan met een notitie. ' +
        'Je pauzes vallen het vaakst tussen 10:00 en 11:00.',
    );
    expect(document.body.textContent).not.toMatch(/gemist|%|reeks|doel/i);
  });

  it('gives screen readers the same figures as a table, days off as rest, and hides the chart', () => {
    const { container } = renderRhythm();
    expect(screen.getByRole('table', { name: 'Je momenten per dag' })).toBeTruthy();
    expect(rows()).toEqual([
      ['vrijdag 27 november', '0', '0'],
      ['zaterdag 28 november', 'Rustdag', '0'],
      ['zondag 29 november', 'Rustdag', '0'],
      ['maandag 30 november', '2', '1'],
      ['dinsdag 1 december', '1', '0'],
      ['woensdag 2 december', '0', '0'],
      ['donderdag 3 december', '2', '1'],
    ]);
    const chart = container.querySelector('svg.rhythm-chart');
    expect(chart?.getAttribute('aria-hidden')).toBe('true');
    const bars = [...(chart?.querySelectorAll('.rhythm-day') ?? [])].map((day) => [
      day.getAttribute('data-moments'),
      day.querySelector('.rhythm-bar') !== null,
      day.querySelector('.rhythm-rest')?.textContent ?? null,
      day.querySelector('.rhythm-label')?.textContent,
    ]);
    expect(bars).toEqual([
      ['0', false, null, 'vr'],
      ['0', false, 'rust', 'za'],
      ['0', false, 'rust', 'zo'],
      ['2', true, null, 'ma'],
      ['1', true, null, 'di'],
      ['0', false, null, 'wo'],
      ['2', true, null, 'do'],
    ]);
  });

  it('draws each bar in proportion, one moment never a full bar', () => {
    const { container } = renderRhythm();
    const heights = [...container.querySelectorAll('.rhythm-bar')].map((bar) =>
      Number(bar.getAttribute('height')),
    );
    expect(heights).toHaveLength(3);
    expect(heights[0]).toBeCloseTo(2 * (heights[1] ?? 0));
    expect(heights[0]).toBe(heights[2]);
  });

  it('shows the last four weeks on request, the button saying which is shown', () => {
    renderRhythm();
    const week = screen.getByRole('button', { name: 'Afgelopen 7 dagen' });
    const month = screen.getByRole('button', { name: 'Afgelopen 4 weken' });
    expect(week.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(month);
    expect(month.getAttribute('aria-pressed')).toBe('true');
    expect(week.getAttribute('aria-pressed')).toBe('false');
    expect(rows()).toHaveLength(28);
    expect(screen.getByText(/^In de afgelopen 4 weken/).textContent).toMatch(
      /^In de afgelopen 4 weken nam je 6 momenten voor jezelf, 2 daarvan met een notitie\./,
    );
  });

  it('speaks English', () => {
    renderRhythm(en, 'en');
    expect(screen.getByRole('heading', { name: 'Your rhythm' })).toBeTruthy();
    expect(screen.getByText(/^In the last 7 days/).textContent).toBe(
      'In the last 7 days you took 5 moments for yourself, 2 of them with a note. ' +
        'Your pauses fall most often between 10:00 AM and 11:00 AM.',
    );
    expect(rows()[1]).toEqual(['Saturday, November 28', 'Day off', '0']);
  });

  it('says a quiet week kindly, with nothing to make up', () => {
    render(<Rhythm messages={nl} language="nl" log={[]} hours={DEFAULT_PREFERENCES} nowMs={NOW} />);
    expect(screen.getByText(/^In de afgelopen 7 dagen/).textContent).toBe(
      'In de afgelopen 7 dagen staat hier nog geen moment. Elke pauze die je neemt, komt hier bij.',
    );
  });

  it('follows the history as it changes, and the day as it turns', () => {
    const view = renderRhythm();
    const sentence = () => screen.getByText(/^In de afgelopen 7 dagen/).textContent ?? '';
    expect(sentence()).toMatch(/nam je 5 momenten/);
    const more = [...LOG, taken(at(12, 3, 15, 30))];
    view.rerender(
      <Rhythm messages={nl} language="nl" log={more} hours={DEFAULT_PREFERENCES} nowMs={NOW} />,
    );
    expect(sentence()).toMatch(/nam je 6 momenten/);
    // A week on, the days of this history have gone by.
    view.rerender(
      <Rhythm
        messages={nl}
        language="nl"
        log={more}
        hours={DEFAULT_PREFERENCES}
        nowMs={NOW + 7 * 86_400_000}
      />,
    );
    expect(sentence()).toMatch(/staat hier nog geen moment/);
  });
});

import { describe, expect, it } from 'vitest';
import { findAxeViolations } from './axe';
import { type Language, saveScreenshots, useExtension } from './extension';
import { writeRecord } from './worker';

// "Je ritme" in the journal, from a seeded history, with the page's clock standing still on
// Thursday 3 December 2026 at 16:00 (local time, the test's and the browser's alike): the week
// shown runs from Friday 27 November, and its Saturday and Sunday are days off (the defaults).

const at = (month: number, day: number, hour: number, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute).getTime();
const NOW = at(12, 3, 16);

const taken = (atMs: number, note = '') => ({ outcome: 'taken', atMs, cardId: null, note });

/** Two weeks of a person's pauses: notes, natural breaks, and misses (which are never counted). */
const HISTORY = {
  schemaVersion: 1,
  entries: [
    taken(at(11, 19, 10, 15), 'Een rustige ochtend.'),
    taken(at(11, 20, 14)),
    taken(at(11, 27, 10, 5)),
    { outcome: 'missed', atMs: at(11, 27, 11) },
    taken(at(11, 30, 10, 20), 'Ik vroeg om hulp.'),
    { outcome: 'natural-break', atMs: at(11, 30, 12, 30), awayMs: 1_200_000 },
    taken(at(11, 30, 15)),
    { outcome: 'missed', atMs: at(12, 1, 9, 30) },
    taken(at(12, 1, 10, 40)),
    { outcome: 'missed', atMs: at(12, 2, 11) },
    taken(at(12, 3, 10, 10), 'Even naar buiten gekeken.'),
    taken(at(12, 3, 13, 45)),
  ],
};

const TEXT = {
  nl: {
    heading: 'Je ritme',
    week: 'In de afgelopen 7 dagen nam je 7 momenten voor jezelf, 2 daarvan met een notitie. Je pauzes vallen het vaakst tussen 10:00 en 11:00.',
    month: 'Afgelopen 4 weken',
    fourWeeks:
      'In de afgelopen 4 weken nam je 9 momenten voor jezelf, 3 daarvan met een notitie. Je pauzes vallen het vaakst tussen 10:00 en 11:00.',
    table: 'Je momenten per dag',
    rest: 'rust',
  },
  en: {
    heading: 'Your rhythm',
    week: 'In the last 7 days you took 7 moments for yourself, 2 of them with a note. Your pauses fall most often between 10:00 AM and 11:00 AM.',
    month: 'Last 4 weeks',
    fourWeeks:
      'In the last 4 weeks you took 9 moments for yourself, 3 of them with a note. Your pauses fall most often between 10:00 AM and 11:00 AM.',
    table: 'Your moments by day',
    rest: 'rest',
  },
} as const;

describe.each(['nl', 'en'] as const)('your rhythm, in %s', (language: Language) => {
  const extension = useExtension(language);
  const text = TEXT[language];

  it('shows the week’s bars and sentence, four weeks on request; axe-clean, light and dark', async () => {
    await writeRecord(extension(), 'pause-log', HISTORY);
    await extension().context.clock.setFixedTime(NOW);
    const page = await extension().openPage('journal.html');
    const rhythm = page.getByRole('region', { name: text.heading });
    await rhythm.waitFor();
    expect(await rhythm.locator('.rhythm-summary').textContent()).toBe(text.week);

    // One bar a day, as tall as its moments; days off say rest; misses are nowhere.
    const days = rhythm.locator('.rhythm-day');
    expect(
      await days.evaluateAll((all) => all.map((day) => day.getAttribute('data-moments'))),
    ).toEqual(['1', '0', '0', '3', '1', '0', '2']);
    expect(await rhythm.locator('.rhythm-rest').allTextContents()).toEqual([text.rest, text.rest]);
    const heights = await rhythm
      .locator('.rhythm-bar')
      .evaluateAll((bars) => bars.map((bar) => bar.getBoundingClientRect().height));
    expect(heights).toHaveLength(4);
    expect(heights[1]).toBeCloseTo(3 * (heights[0] ?? 0), 0);

    // Screen readers get the figures as a table, and not the drawing.
    expect(await page.getByRole('table', { name: text.table }).locator('tbody tr').count()).toBe(7);
    expect(await rhythm.locator('svg').getAttribute('aria-hidden')).toBe('true');

    await saveScreenshots(page, 'journal-rhythm', language);
    expect(await findAxeViolations(page)).toEqual({ light: [], dark: [] });

    await rhythm.getByRole('button', { name: text.month }).click();
    await rhythm.getByText(text.fourWeeks).waitFor();
    expect(await days.count()).toBe(28);
    await saveScreenshots(page, 'journal-rhythm-weeks', language);
    expect(await findAxeViolations(page)).toEqual({ light: [], dark: [] });
    await page.close();
  });
});

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cards as enCards } from '@/assets/content/en';
import { cards as nlCards } from '@/assets/content/nl';
import { getCardLine } from '@/utils/core/card-text';
import { NOTE_MAX_CHARS } from '@/utils/core/pause-log';
import { findAxeViolations } from './axe';
import { type Language, saveScreenshots, useExtension } from './extension';
import { dayBefore } from './moment';
import { waitFor } from './wait';
import {
  ALWAYS_ACTIVE,
  dispatchInWorker,
  getNotificationIds,
  getPauseAlarm,
  makePauseDueSoon,
  readPauseState,
  readRecord,
  setPreferences,
} from './worker';

const MINUTE_MS = 60_000;

const TEXT = {
  nl: {
    heading: 'Een korte pauze',
    countdown: (seconds: number) => `Nog ${seconds} seconden`,
    countingDown: /^Nog \d+ seconden?$/,
    longNoteStart: 'Vandaag durfde ik te zeggen dat ik het niet wist.',
    tooLong: 'er passen er 2.000 in',
    note: 'Je notitie (mag leeg blijven)',
    done: 'Klaar',
    taken: 'Pauze genomen. Goed van je.',
    snoozed: 'Uitgesteld.',
    tomorrow: 'morgen',
    next: (day: string, time: string) => `Volgende pauze ${day}om ${time}`,
    snoozedUntil: (day: string, time: string) => `Uitgesteld tot ${day}${time}`,
    clock: new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' }),
  },
  en: {
    heading: 'A short pause',
    countdown: (seconds: number) => `${seconds} seconds left`,
    countingDown: /^\d+ seconds? left$/,
    longNoteStart: 'Today I dared to say that I did not know.',
    tooLong: '2,000 fit',
    note: 'Your note (optional)',
    done: 'Done',
    taken: 'Pause taken. Well done.',
    snoozed: 'Snoozed.',
    tomorrow: 'tomorrow',
    next: (day: string, time: string) => `Next pause ${day}at ${time}`,
    snoozedUntil: (day: string, time: string) => `Snoozed until ${day}${time}`,
    clock: new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' }),
  },
} as const;

/** CSS animations running on the page (not the transitions of a change of colour scheme). */
const countRunningAnimations = (page: Page) =>
  page.evaluate(
    () =>
      document
        .getAnimations()
        .filter(
          (animation) => animation instanceof CSSAnimation && animation.playState === 'running',
        ).length,
  );

describe.each(['nl', 'en'] as const)('a timed pause, in %s', (language: Language) => {
  const extension = useExtension(language);
  const text = TEXT[language];
  let pausePage: Page;

  // The pages' clock is the test's: it stands still until the test moves it, so the countdown
  // says what the test expects however busy the machine is. (The worker keeps real time.)
  beforeAll(async () => {
    const { clock } = extension().context;
    await clock.install({ time: Date.now() });
    await clock.pauseAt(Date.now() + 1000);
  });

  it('fires, shows a notification, and opens the pause page when it is clicked', async () => {
    await setPreferences(extension(), ALWAYS_ACTIVE);
    await makePauseDueSoon(extension(), 500);
    await waitFor(async () => (await getNotificationIds(extension())).includes('pause'), {
      what: 'notification',
    });
    const opening = extension().context.waitForEvent('page');
    await dispatchInWorker(extension(), 'notifications.onClicked', ['pause']);
    pausePage = await opening;
    expect(pausePage.url()).toMatch(/\/pause\.html$/);
    await pausePage.getByRole('heading', { level: 1, name: text.heading }).waitFor();
    // Taking the pause answers the notification.
    await waitFor(async () => (await getNotificationIds(extension())).length === 0, {
      what: 'notification taken away',
    });
    expect((await readPauseState(extension()))?.phase.kind).toBe('taking');
  });

  it('shows the card of the notification, a reflection question and a breathing guide', async () => {
    const cardId = (await readPauseState(extension()))?.phase.cardId;
    const card = (language === 'nl' ? nlCards : enCards).find((each) => each.id === cardId);
    if (!card) throw new Error(`No card ${cardId} in the deck`);
    expect(await pausePage.locator('.card').getAttribute('data-kind')).toBe(card.kind);
    const shown = ((await pausePage.locator('.card').textContent()) ?? '').toLowerCase();
    // A reframe shows its critical thought first; the milder one is a click away.
    const line = card.kind === 'reframe' ? card.thought : getCardLine(card);
    expect(shown).toContain(line.slice(1, 40).toLowerCase());
    await expect.poll(() => pausePage.locator('.pause-question').textContent()).toMatch(/\?$/);
    expect(await pausePage.getByText(text.countdown(60), { exact: true }).count()).toBe(1);
    // The words follow the clock: a second on (and the frame in which the page starts its
    // ticking), a second less.
    await extension().context.clock.runFor(1500);
    await pausePage.getByText(text.countdown(59), { exact: true }).waitFor();
    // The circle breathes, with CSS.
    const running = await countRunningAnimations(pausePage);
    expect(running).toBeGreaterThan(0);
  });

  it('passes axe in light and dark, and looks right', async () => {
    // axe waits on timers of its own: the clock runs again, and nothing below counts on it.
    await extension().context.clock.resume();
    expect(await findAxeViolations(pausePage)).toEqual({ light: [], dark: [] });
    await saveScreenshots(pausePage, 'pause', language);
  });

  it('moves nothing under reduced motion: the countdown in words is the guide', async () => {
    await pausePage.emulateMedia({ reducedMotion: 'reduce' });
    try {
      await saveScreenshots(pausePage, 'pause-reduced-motion', language);
      const running = await countRunningAnimations(pausePage);
      expect(running).toBe(0);
      expect(await pausePage.getByText(text.countingDown).isVisible()).toBe(true);
    } finally {
      await pausePage.emulateMedia({ reducedMotion: null });
    }
  });

  it('keeps a note too long to store in its field, and says how long it may be', async () => {
    const long = `${text.longNoteStart} ${'.'.repeat(NOTE_MAX_CHARS)}`;
    await pausePage.getByLabel(text.note).fill(long);
    await pausePage.getByRole('button', { name: text.done, exact: true }).click();
    await pausePage.getByRole('alert').getByText(text.tooLong, { exact: false }).waitFor();
    expect(await pausePage.getByLabel(text.note).inputValue()).toBe(long);
    expect(await pausePage.getByLabel(text.note).getAttribute('aria-invalid')).toBe('true');
    await pausePage.getByLabel(text.note).evaluate((field) => field.scrollTo(0, 0));
    await saveScreenshots(pausePage, 'pause-note-too-long', language);
    expect(await findAxeViolations(pausePage)).toEqual({ light: [], dark: [] });
  });

  it('records the pause as taken with "Klaar", with the note, and plans the next', async () => {
    const note = language === 'nl' ? 'Ik vraag vandaag om hulp.' : 'I will ask for help today.';
    await pausePage.getByLabel(text.note).fill(note);
    await pausePage.getByRole('button', { name: text.done, exact: true }).click();
    const confirmation = pausePage.getByRole('heading', { name: text.taken });
    await confirmation.waitFor();
    expect(await confirmation.evaluate((heading) => heading === document.activeElement)).toBe(true);
    const alarm = await getPauseAlarm(extension());
    const nextMs = alarm?.scheduledTime ?? 0;
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now() + 29 * MINUTE_MS);
    await pausePage
      .getByText(text.next(dayBefore(nextMs, text.tomorrow), text.clock.format(nextMs)), {
        exact: true,
      })
      .waitFor();
    const log = (await readRecord(extension(), 'pause-log')) as { entries: unknown[] };
    expect(log.entries.at(-1)).toMatchObject({ outcome: 'taken', note });
    await saveScreenshots(pausePage, 'pause-done', language);
    await pausePage.close();
  });

  it('snoozes with "Later" on the pause page', async () => {
    const page = await extension().openPage('pause.html');
    await page.getByRole('heading', { level: 1, name: text.heading }).waitFor();
    await page.getByRole('button', { name: '15 min' }).click();
    await page.getByRole('heading', { name: text.snoozed }).waitFor();
    const alarm = await getPauseAlarm(extension());
    const untilMs = alarm?.scheduledTime ?? 0;
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now() + 14 * MINUTE_MS);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(Date.now() + 15 * MINUTE_MS);
    await page
      .getByText(text.snoozedUntil(dayBefore(untilMs, text.tomorrow), text.clock.format(untilMs)), {
        exact: true,
      })
      .waitFor();
    expect((await readPauseState(extension()))?.phase.kind).toBe('snoozed');
    await page.close();
  });
});

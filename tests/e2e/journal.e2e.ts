import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findAxeViolations } from './axe';
import { type Language, saveScreenshots, useExtension } from './extension';
import { readRecord, waitForReservedPopupPath, writeRecord } from './worker';

const TEXT = {
  nl: {
    journal: 'Terugblik',
    empty: 'Hier komt je terugblik',
    takeNow: 'Neem nu een pauze',
    pauseHeading: 'Een korte pauze',
    note: 'Je notitie (mag leeg blijven)',
    done: 'Klaar',
    taken: 'Pauze genomen. Goed van je.',
    readBack: 'Lees terug wat je schreef',
    today: 'Vandaag',
    yesterday: 'Gisteren',
    written: 'Ik zei in het overleg dat ik het niet wist. Niemand keek raar op.',
    edited: 'Ik zei in het overleg dat ik het niet wist. Het luchtte op.',
    edit: 'Bewerken',
    field: 'Je notitie',
    save: 'Bewaren',
    saved: 'Bewaard.',
    delete: 'Verwijderen',
    undo: 'Ongedaan maken',
    search: 'Zoek in je notities',
    withNote: 'Met een notitie',
    settings: 'Instellingen',
  },
  en: {
    journal: 'Looking back',
    empty: 'Your look back starts here',
    takeNow: 'Take a pause now',
    pauseHeading: 'A short pause',
    note: 'Your note (optional)',
    done: 'Done',
    taken: 'Pause taken. Well done.',
    readBack: 'Read back what you wrote',
    today: 'Today',
    yesterday: 'Yesterday',
    written: 'I said in the meeting that I did not know. Nobody minded.',
    edited: 'I said in the meeting that I did not know. It was a relief.',
    edit: 'Edit',
    field: 'Your note',
    save: 'Save',
    saved: 'Saved.',
    delete: 'Delete',
    undo: 'Undo',
    search: 'Search your notes',
    withNote: 'With a note',
    settings: 'Settings',
  },
} as const;

const HOUR_MS = 3_600_000;

/** A history of a few days: notes long and short, a reframe, a step, a pause without a note. */
function seededHistory(nowMs: number) {
  const day = 24 * HOUR_MS;
  const long =
    'Het voelde eerst ongemakkelijk om te zeggen dat ik hulp nodig had, maar mijn collega reageerde warm. '.repeat(
      6,
    );
  return [
    {
      outcome: 'taken',
      atMs: nowMs - 3 * day,
      cardId: 'step-start-small',
      note: long.trim(),
    },
    { outcome: 'missed', atMs: nowMs - 2 * day },
    { outcome: 'taken', atMs: nowMs - day - HOUR_MS, cardId: 'reframe-i-seem-weak', note: '' },
    {
      outcome: 'taken',
      atMs: nowMs - day,
      cardId: 'question-where-do-i-show',
      note: 'Eén ding: vragen om hulp.\nEn dat mocht.',
    },
  ];
}

describe.each(['nl', 'en'] as const)('the journal, in %s', (language: Language) => {
  const extension = useExtension(language);
  const text = TEXT[language];
  let journal: Page;

  it('invites when nothing is written yet; axe-clean', async () => {
    const page = await extension().openPage('journal.html');
    await page.getByRole('heading', { level: 2, name: text.empty }).waitFor();
    expect(await page.title()).toContain(text.journal);
    expect(await page.getByRole('link', { name: text.takeNow }).getAttribute('href')).toBe(
      '/pause.html',
    );
    expect(await findAxeViolations(page)).toEqual({ light: [], dark: [] });
    await saveScreenshots(page, 'journal-empty', language);
    await page.close();
  });

  it('is reached from the popup and from the settings', async () => {
    const popup = await extension().openPage(await waitForReservedPopupPath(extension()));
    const fromPopup = popup.getByRole('link', { name: text.journal, exact: true });
    expect(await fromPopup.getAttribute('href')).toBe('/journal.html');
    await popup.close();
    const settings = await extension().openPage('options.html');
    await settings.getByRole('link', { name: text.readBack }).click();
    await settings.getByRole('heading', { level: 1, name: text.journal }).waitFor();
    await settings.close();
  });

  it('holds the note of a pause taken, reached from the pause page after "Klaar"', async () => {
    const pause = await extension().openPage('pause.html');
    await pause.getByRole('heading', { level: 1, name: text.pauseHeading }).waitFor();
    await pause.getByLabel(text.note).fill(text.written);
    await pause.getByRole('button', { name: text.done, exact: true }).click();
    await pause.getByRole('heading', { name: text.taken }).waitFor();
    await pause.getByRole('link', { name: text.readBack }).click();
    journal = pause;
    await journal.getByRole('heading', { level: 1, name: text.journal }).waitFor();
    // Under today's heading (or yesterday's, for a run that crosses midnight right here).
    const entry = journal.getByRole('article').filter({ hasText: text.written });
    await entry.waitFor();
    const day = await journal.locator('.journal-day h2').first().textContent();
    expect([text.today, text.yesterday]).toContain(day);
    // The card it was written beside is there, in full.
    expect(await entry.locator('.entry-card').count()).toBe(1);
  });

  it('edits the note in place, and keeps the edit over a reload', async () => {
    await journal.getByRole('button', { name: text.edit }).click();
    await journal.getByLabel(text.field, { exact: true }).fill(text.edited);
    await journal.getByRole('button', { name: text.save }).click();
    await journal.getByText(text.saved).waitFor();
    await journal.reload();
    await journal.getByText(text.edited).waitFor();
    const log = (await readRecord(extension(), 'pause-log', journal)) as {
      entries: { note?: string }[];
    };
    expect(log.entries.map((entry) => entry.note)).toEqual([text.edited]);
  });

  it('deletes with an undo right there, and undo keeps it', async () => {
    await journal.getByRole('button', { name: text.delete }).click();
    await journal.getByRole('button', { name: text.undo }).click();
    await journal.getByText(text.edited).waitFor();
    await journal.reload();
    await journal.getByText(text.edited).waitFor();
    await journal.getByRole('button', { name: text.delete }).click();
    await journal.getByRole('button', { name: text.undo }).waitFor();
    await journal.reload();
    await journal.getByRole('heading', { level: 2, name: text.empty }).waitFor();
  });

  it('reads back days of notes, long ones wrapped; searches and filters; axe-clean', async () => {
    const nowMs = Date.now();
    await writeRecord(
      extension(),
      'pause-log',
      { schemaVersion: 1, entries: seededHistory(nowMs) },
      journal,
    );
    await journal.reload();
    await journal.getByText('vragen om hulp', { exact: false }).waitFor();
    expect(await journal.getByRole('article').count()).toBe(3);
    // Nothing runs off the page: a long note wraps.
    const overflow = await journal.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(await findAxeViolations(journal)).toEqual({ light: [], dark: [] });
    await saveScreenshots(journal, 'journal', language);

    await journal.getByRole('radio', { name: text.withNote }).check();
    expect(await journal.getByRole('article').count()).toBe(2);
    await journal.getByRole('searchbox', { name: text.search }).fill('HULP');
    expect(await journal.getByRole('article').count()).toBe(2);
    await journal.getByRole('searchbox', { name: text.search }).fill('mocht');
    expect(await journal.getByRole('article').count()).toBe(1);

    // The keyboard reaches the editor, and Escape leaves it.
    await journal.getByRole('button', { name: text.edit }).focus();
    await journal.keyboard.press('Enter');
    await expect
      .poll(() => journal.evaluate(() => document.activeElement?.tagName))
      .toBe('TEXTAREA');
    await saveScreenshots(journal, 'journal-editing', language);
    await journal.keyboard.press('Escape');
    await journal.getByRole('link', { name: text.settings }).waitFor();
    await journal.close();
  });
});

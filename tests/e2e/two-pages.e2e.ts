import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findAxeViolations } from './axe';
import { type Language, saveScreenshots, useExtension } from './extension';
import { dueStepRecord, oneNoteHistory } from './records';
import { ALWAYS_ACTIVE, readRecord, setPreferences, writeRecord } from './worker';

// Two pages of the extension change the same words at once, as a person with two tabs does (or a
// journal open beside a pause). Nothing typed or saved may vanish unseen. Each tab comes to the
// front before it is used or looked at, as a person's does: a browser holds back a background
// tab's frames, and with them the page's effects.

const TEXT = {
  nl: {
    edit: 'Bewerken',
    field: 'Je notitie',
    save: 'Bewaren',
    saved: 'Bewaard.',
    delete: 'Verwijderen',
    changed: 'Intussen ergens anders veranderd',
    gone: 'Intussen ergens anders verwijderd',
    keepMine: 'Houd de mijne',
    keepBoth: 'Houd allebei',
    restoreMine: 'Zet terug met mijn woorden',
    note: 'Je notitie (mag leeg blijven)',
    done: 'Klaar',
    taken: 'Pauze genomen. Goed van je.',
    followUp: 'Hoe ging het?',
    didIt: 'Gedaan',
    felt: 'Hoe voelde het om open te zijn?',
  },
  en: {
    edit: 'Edit',
    field: 'Your note',
    save: 'Save',
    saved: 'Saved.',
    delete: 'Delete',
    changed: 'Changed elsewhere meanwhile',
    gone: 'Deleted elsewhere meanwhile',
    keepMine: 'Keep mine',
    keepBoth: 'Keep both',
    restoreMine: 'Put it back with my words',
    note: 'Your note (optional)',
    done: 'Done',
    taken: 'Pause taken. Well done.',
    followUp: 'How did it go?',
    didIt: 'I did it',
    felt: 'How did it feel to be open?',
  },
} as const;

const WRITTEN = 'Ik zei dat ik het niet wist.';

interface StoredLog {
  entries: { note?: string; startedAtMs?: number }[];
}

/** One pause taken an hour ago, with a note. */
const oneNote = (nowMs: number) => oneNoteHistory(nowMs, WRITTEN);

/** Opens the journal and the editor of its one note. */
async function openEditor(page: Page, text: (typeof TEXT)[Language]) {
  await page.getByText(WRITTEN).waitFor();
  await page.getByRole('button', { name: text.edit }).click();
  return page.getByLabel(text.field, { exact: true });
}

const readNotes = async (extension: Parameters<typeof readRecord>[0], via: Page) =>
  ((await readRecord(extension, 'pause-log', via)) as StoredLog).entries.map((each) => each.note);

describe.each(['nl', 'en'] as const)('two journal tabs on one note, in %s', (language) => {
  const extension = useExtension(language);
  const text = TEXT[language];

  it('shows what the other tab saved beside what is typed, and keeps both when asked', async () => {
    const first = await extension().openPage('journal.html');
    await writeRecord(extension(), 'pause-log', oneNote(Date.now()), first);
    await first.bringToFront();
    await first.reload();
    const second = await extension().openPage('journal.html');
    const firstField = await openEditor(first, text);
    const secondField = await openEditor(second, text);

    await secondField.fill('Tweede tab: het luchtte op.');
    await second.bringToFront();
    await second.getByRole('button', { name: text.save }).click();
    await second.getByText(text.saved).waitFor();

    // The first tab is typing: its words stay, and the other tab's show beside them.
    await firstField.fill('Eerste tab: niemand keek raar op.');
    await first.bringToFront();
    await first.getByRole('heading', { name: text.changed }).waitFor();
    expect(await firstField.inputValue()).toBe('Eerste tab: niemand keek raar op.');
    expect(await first.locator('.changed-elsewhere-theirs').textContent()).toContain(
      'Tweede tab: het luchtte op.',
    );
    expect(await findAxeViolations(first)).toEqual({ light: [], dark: [] });
    await saveScreenshots(first, 'journal-changed-elsewhere', language);

    await first.getByRole('button', { name: text.keepBoth }).click();
    await first.getByText(text.saved).waitFor();
    expect(await readNotes(extension(), first)).toEqual([
      'Tweede tab: het luchtte op.\n\nEerste tab: niemand keek raar op.',
    ]);
    // The other tab shows the kept words too.
    await second.bringToFront();
    await second.getByText('Eerste tab: niemand keek raar op.', { exact: false }).waitFor();
    await first.close();
    await second.close();
  });
});

describe('two pages on the same words, in Chromium', () => {
  const extension = useExtension('nl');
  const text = TEXT.nl;

  it('keeps the typed words of a note deleted in another tab, and puts it back with them', async () => {
    const editing = await extension().openPage('journal.html');
    await writeRecord(extension(), 'pause-log', oneNote(Date.now()), editing);
    await editing.bringToFront();
    await editing.reload();
    const deleting = await extension().openPage('journal.html');
    const field = await openEditor(editing, text);
    await field.fill('Wat ik nog wilde zeggen.');

    await deleting.bringToFront();
    await deleting.getByText(WRITTEN).waitFor();
    await deleting.getByRole('button', { name: text.delete }).click();
    await editing.bringToFront();
    await editing.getByRole('heading', { name: text.gone }).waitFor();
    expect(await field.inputValue()).toBe('Wat ik nog wilde zeggen.');
    await saveScreenshots(editing, 'journal-deleted-elsewhere', 'nl');

    await editing.getByRole('button', { name: text.restoreMine }).click();
    await editing.getByText(text.saved).waitFor();
    expect(await readNotes(extension(), editing)).toEqual(['Wat ik nog wilde zeggen.']);
    await editing.close();
    await deleting.close();
  });

  it('shows a note joined by a second pause page while it is edited in the journal', async () => {
    const seed = await extension().openPage('journal.html');
    await writeRecord(extension(), 'pause-log', { schemaVersion: 1, entries: [] }, seed);
    await seed.close();
    // Two pages of one pause: the second "Klaar" joins its note to the first's line.
    const firstPause = await extension().openPage('pause.html');
    const secondPause = await extension().openPage('pause.html');
    for (const page of [firstPause, secondPause]) await page.getByLabel(text.note).waitFor();
    await firstPause.bringToFront();
    await firstPause.getByLabel(text.note).fill(WRITTEN);
    await firstPause.getByRole('button', { name: text.done, exact: true }).click();
    await firstPause.getByRole('heading', { name: text.taken }).waitFor();

    const journal = await extension().openPage('journal.html');
    const field = await openEditor(journal, text);
    await field.fill(`${WRITTEN} En het luchtte op.`);
    await secondPause.bringToFront();
    await secondPause.getByLabel(text.note).fill('Van de tweede pagina.');
    await secondPause.getByRole('button', { name: text.done, exact: true }).click();
    await secondPause.getByRole('heading', { name: text.taken }).waitFor();

    await journal.bringToFront();
    await journal.getByRole('heading', { name: text.changed }).waitFor();
    expect(await journal.locator('.changed-elsewhere-theirs').textContent()).toContain(
      'Van de tweede pagina.',
    );
    await journal.getByRole('button', { name: text.keepMine }).click();
    await journal.getByText(text.saved).waitFor();
    expect(await readNotes(extension(), journal)).toEqual([`${WRITTEN} En het luchtte op.`]);
    for (const page of [firstPause, secondPause, journal]) await page.close();
  });

  it('keeps follow-up answers typed when "Klaar" is pressed before they are saved', async () => {
    await setPreferences(extension(), ALWAYS_ACTIVE);
    const pause = await extension().openPage('journal.html');
    const nowMs = Date.now();
    await writeRecord(extension(), 'intentions', dueStepRecord(nowMs), pause);
    await pause.bringToFront();
    await pause.goto(pause.url().replace('journal.html', 'pause.html'));
    await pause.getByRole('heading', { level: 2, name: text.followUp }).waitFor();
    await pause.getByRole('button', { name: text.didIt }).click();
    await pause.getByLabel(text.felt).fill('Spannend, en daarna licht.');
    await pause.getByRole('button', { name: text.done, exact: true }).click();
    await pause.getByRole('heading', { name: text.taken }).waitFor();
    const stored = (await readRecord(extension(), 'intentions', pause)) as {
      intentions: { status: string; answers?: { felt: string } }[];
    };
    expect(stored.intentions[0]).toMatchObject({
      status: 'done',
      answers: { felt: 'Spannend, en daarna licht.' },
    });
    await pause.close();
  });

  it('keeps a setting being typed when another tab stores another value, and says so beside it', async () => {
    const typing = await extension().openPage('options.html');
    const storing = await extension().openPage('options.html');
    const interval = 'Tijd tussen pauzes (minuten)';
    await typing.bringToFront();
    await typing.getByLabel(interval).fill('50');
    await storing.bringToFront();
    await storing.getByLabel(interval).fill('45');
    await storing.getByLabel(interval).press('Tab');
    await storing.getByText('Opgeslagen.').waitFor();

    await typing
      .getByText('Op een andere pagina staat dit intussen op 45.', { exact: false })
      .waitFor();
    await typing.bringToFront();
    expect(await typing.getByLabel(interval).inputValue()).toBe('50');
    expect(await findAxeViolations(typing)).toEqual({ light: [], dark: [] });
    await saveScreenshots(typing, 'options-changed-elsewhere', 'nl');
    // Leaving the field keeps the person's own value, knowingly; the other tab follows.
    await typing.getByLabel(interval).press('Tab');
    await typing.getByText('Opgeslagen.').waitFor();
    const stored = (await readRecord(extension(), 'preferences', typing)) as {
      preferences: { intervalMinutes: number };
    };
    expect(stored.preferences.intervalMinutes).toBe(50);
    await expect.poll(() => storing.getByLabel(interval).inputValue()).toBe('50');
    await typing.close();
    await storing.close();
  });

  it('keeps the words of an own card being edited when another tab deletes it, and puts it back', async () => {
    const editing = await extension().openPage('options.html');
    await writeRecord(
      extension(),
      'own-cards',
      {
        schemaVersion: 1,
        cards: [{ id: 'own-1', kind: 'step', text: 'Bel Sam.', writtenAtMs: 1_750_000_000_000 }],
      },
      editing,
    );
    await editing.bringToFront();
    await editing.reload();
    const deleting = await extension().openPage('options.html');
    await editing.getByRole('button', { name: 'Bewerken', exact: true }).click();
    await editing.getByLabel('Je kleine stap').fill('Bel Sam vanavond.');
    await deleting.bringToFront();
    await deleting.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await deleting.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();

    await editing.bringToFront();
    await editing.getByRole('heading', { name: text.gone }).waitFor();
    expect(await editing.getByLabel('Je kleine stap').inputValue()).toBe('Bel Sam vanavond.');
    await saveScreenshots(editing, 'options-own-card-deleted-elsewhere', 'nl');
    await editing.getByRole('button', { name: text.restoreMine }).click();
    await editing.getByText('Kaart opgeslagen.', { exact: false }).waitFor();
    const stored = (await readRecord(extension(), 'own-cards', editing)) as {
      cards: { text: string }[];
    };
    expect(stored.cards.map((card) => card.text)).toEqual(['Bel Sam vanavond.']);
    await editing.close();
    await deleting.close();
  });
});

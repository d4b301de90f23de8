import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  ALWAYS_ACTIVE,
  dueStepRecord,
  oneNoteHistory,
  readRecordWith,
  setPreferencesWith,
  writeRecordWith,
} from '../e2e/records';
import { runIn, useFirefox } from './firefox';
import { button, byLabel, inFront, readValue, replaceText, waitForText } from './page';
import { saveFirefoxScreenshots } from './screenshots';

// Two pages of the extension change the same words at once, in Firefox as in Chromium: nothing
// typed or saved vanishes unseen.

const WRITTEN = 'Ik zei dat ik het niet wist.';

/** One pause taken an hour ago, with a note. */
const oneNote = (nowMs: number) => oneNoteHistory(nowMs, WRITTEN);

/** The notes of the history as stored. */
const readNotes = async (page: Page) =>
  ((await readRecordWith(runIn(page), 'pause-log')) as { entries: { note: string }[] }).entries.map(
    (each) => each.note,
  );

/** Opens the editor of the journal's one note; the selector of its field. */
async function openEditor(page: Page): Promise<string> {
  await waitForText(await inFront(page), WRITTEN);
  await button(await inFront(page), 'Bewerken').click();
  return byLabel(page, 'Je notitie');
}

describe('two pages on the same words, in Firefox', () => {
  const firefox = useFirefox();

  it('shows what another journal tab saved beside what is typed, and keeps mine when asked', async () => {
    const first = await firefox().openPage('journal.html');
    await writeRecordWith(runIn(first), 'pause-log', oneNote(Date.now()));
    const second = await firefox().openPage('journal.html');
    await first.close();
    const again = await firefox().openPage('journal.html');
    const firstField = await openEditor(again);
    const secondField = await openEditor(second);

    await replaceText(second, secondField, 'Tweede tab.');
    await button(await inFront(second), 'Bewaren').click();
    await waitForText(await inFront(second), 'Bewaard.');

    await replaceText(again, firstField, 'Eerste tab.');
    await waitForText(await inFront(again), 'Intussen ergens anders veranderd');
    await waitForText(await inFront(again), 'Tweede tab.');
    expect(await readValue(again, firstField)).toBe('Eerste tab.');
    await saveFirefoxScreenshots(firefox(), again, 'journal-changed-elsewhere');
    await button(await inFront(again), 'Houd de mijne').click();
    await waitForText(await inFront(again), 'Bewaard.');
    expect(await readNotes(again)).toEqual(['Eerste tab.']);
    await again.close();
    await second.close();
  });

  it('keeps the typed words of a note deleted in another tab, and puts it back with them', async () => {
    const editing = await firefox().openPage('journal.html');
    await writeRecordWith(runIn(editing), 'pause-log', oneNote(Date.now()));
    await editing.close();
    const typing = await firefox().openPage('journal.html');
    const deleting = await firefox().openPage('journal.html');
    const field = await openEditor(typing);
    await replaceText(typing, field, 'Wat ik nog wilde zeggen.');
    await waitForText(await inFront(deleting), WRITTEN);
    await button(await inFront(deleting), 'Verwijderen').click();
    await waitForText(await inFront(typing), 'Intussen ergens anders verwijderd');
    expect(await readValue(typing, field)).toBe('Wat ik nog wilde zeggen.');
    await button(await inFront(typing), 'Zet terug met mijn woorden').click();
    await waitForText(await inFront(typing), 'Bewaard.');
    expect(await readNotes(typing)).toEqual(['Wat ik nog wilde zeggen.']);
    await typing.close();
    await deleting.close();
  });

  it('shows a note joined by a second pause page while it is edited in the journal', async () => {
    const seed = await firefox().openPage('journal.html');
    await writeRecordWith(runIn(seed), 'pause-log', { schemaVersion: 1, entries: [] });
    await seed.close();
    const firstPause = await firefox().openPage('pause.html');
    const secondPause = await firefox().openPage('pause.html');
    const note = 'Je notitie (mag leeg blijven)';
    await replaceText(firstPause, await byLabel(firstPause, note), WRITTEN);
    await button(await inFront(firstPause), 'Klaar').click();
    await waitForText(await inFront(firstPause), 'Pauze genomen.');

    const journal = await firefox().openPage('journal.html');
    const field = await openEditor(journal);
    await replaceText(journal, field, 'Mijn nieuwe woorden.');
    await replaceText(secondPause, await byLabel(secondPause, note), 'Van de tweede pagina.');
    await button(await inFront(secondPause), 'Klaar').click();
    await waitForText(await inFront(secondPause), 'Pauze genomen.');
    await waitForText(await inFront(journal), 'Intussen ergens anders veranderd');
    await waitForText(await inFront(journal), 'Van de tweede pagina.');
    await button(await inFront(journal), 'Houd allebei').click();
    await waitForText(await inFront(journal), 'Bewaard.');
    expect(await readNotes(journal)).toEqual([
      `${WRITTEN}\n\nVan de tweede pagina.\n\nMijn nieuwe woorden.`,
    ]);
    for (const page of [firstPause, secondPause, journal]) await page.close();
  });

  it('keeps follow-up answers typed when "Klaar" is pressed before they are saved', async () => {
    const helper = await firefox().openPage('options.html');
    await setPreferencesWith(runIn(helper), ALWAYS_ACTIVE);
    const nowMs = Date.now();
    await writeRecordWith(runIn(helper), 'intentions', dueStepRecord(nowMs));
    const pause = await firefox().openPage('pause.html');
    await waitForText(await inFront(pause), 'Hoe ging het?');
    await button(await inFront(pause), 'Gedaan').click();
    await replaceText(
      pause,
      await byLabel(pause, 'Hoe voelde het om open te zijn?'),
      'Spannend, en daarna licht.',
    );
    await button(await inFront(pause), 'Klaar').click();
    await waitForText(await inFront(pause), 'Pauze genomen.');
    const stored = (await readRecordWith(runIn(helper), 'intentions')) as {
      intentions: { status: string; answers?: { felt: string } }[];
    };
    expect(stored.intentions[0]).toMatchObject({
      status: 'done',
      answers: { felt: 'Spannend, en daarna licht.' },
    });
    await pause.close();
    await helper.close();
  });

  it('logs no error and no warning', async () => {
    expect(await firefox().readProblems()).toEqual([]);
  });
});

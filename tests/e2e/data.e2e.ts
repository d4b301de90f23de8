import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cards } from '@/assets/content/nl';
import { readReservedCard } from '@/utils/core/addresses';
import { EXPORT_FORMAT_VERSION } from '@/utils/core/export-file';
import { findAxeViolations } from './axe';
import { type LaunchedExtension, saveScreenshots, useExtension } from './extension';
import { waitFor } from './wait';
import { getPauseAlarm, readRecord, waitForReservedPopupPath, writeRecord } from './worker';

const HIDDEN_CARD = cards[0];
const NOTE = 'Ik durfde het te zeggen.';
const HISTORY = {
  schemaVersion: 1,
  entries: [
    { outcome: 'missed', atMs: 1_750_000_000_000 },
    { outcome: 'taken', atMs: 1_750_000_600_000, cardId: HIDDEN_CARD?.id ?? null, note: NOTE },
  ],
};

const STEPS = {
  schemaVersion: 1,
  intentions: [
    {
      id: 'step-1',
      cardId: 'step-start-small',
      stepText: 'Begin klein.',
      words: 'met Sam',
      committedAtMs: 1_750_000_000_000,
      lookBackAtMs: 1_750_086_400_000,
      status: 'done',
      answeredAtMs: 1_750_090_000_000,
      answers: { felt: 'Spannend.', reactions: 'Warm.', innerSteps: 'Ik bleef.' },
    },
  ],
};

/** A card of the user's own, with markup, an emoji and right-to-left text: words, not code. */
const OWN_CARDS = {
  schemaVersion: 1,
  cards: [
    {
      id: 'own-1',
      kind: 'reframe',
      thought: 'Ik ben <b>te veel</b>',
      reframe: 'Ik mag ruimte innemen 🌱 שלום',
      writtenAtMs: 1_750_000_000_000,
    },
  ],
};

/**
 * A person's data: a hidden card, a history with a note, a step and an own card, as the extension
 * stores them.
 */
async function storeUserData(extension: LaunchedExtension) {
  await writeRecord(extension, 'deck-hidden-card-ids', [HIDDEN_CARD?.id]);
  await writeRecord(extension, 'pause-log', HISTORY);
  await writeRecord(extension, 'intentions', STEPS);
  await writeRecord(extension, 'own-cards', OWN_CARDS);
}

/** Exports as a person does, and reads the file they get. */
async function exportFile(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteren' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^moedpauze-\d{4}-\d{2}-\d{2}\.json$/);
  return readFile(await download.path());
}

/** Every record the user owns, as stored. */
async function readOwnedRecords(extension: LaunchedExtension) {
  return Promise.all(
    ['preferences', 'deck-hidden-card-ids', 'pause-log', 'intentions', 'own-cards'].map((key) =>
      readRecord(extension, key),
    ),
  );
}

/** Chooses a file in the import field. */
async function importFile(page: Page, buffer: Buffer) {
  await page
    .getByLabel('Importeren uit een bestand')
    .setInputFiles({ name: 'moedpauze.json', mimeType: 'application/json', buffer });
}

const dialog = (page: Page) => page.getByRole('dialog');

describe('your data, in a Dutch browser', () => {
  const extension = useExtension('nl');

  it('exports everything, deletes everything once asked, and imports it back unchanged', async () => {
    await storeUserData(extension());
    const page = await extension().openPage('options.html');
    await page
      .getByText(
        'In deze browser: 2 pauzes in je geschiedenis, 1 met een notitie, en 1 verborgen kaart.',
      )
      .waitFor();
    const interval = page.getByLabel('Tijd tussen pauzes (minuten)');
    await interval.fill('45');
    await interval.press('Tab');
    await page.getByLabel('Geluid bij een pauze').check();
    await page.getByText('Opgeslagen.').waitFor();

    const exported = await exportFile(page);
    await page.getByText(/^Geëxporteerd als moedpauze-.*\.json\.$/).waitFor();
    const file = JSON.parse(exported.toString('utf8'));
    expect(file).toMatchObject({
      format: 'moedpauze',
      formatVersion: EXPORT_FORMAT_VERSION,
      preferences: { intervalMinutes: 45, soundEnabled: true },
      hiddenCardIds: [HIDDEN_CARD?.id],
      pauseLog: HISTORY.entries,
      intentions: STEPS.intentions,
      ownCards: OWN_CARDS.cards,
    });
    const owned = await readOwnedRecords(extension());

    // Delete everything: first the question, with Cancel focused, then the answer.
    await page.getByRole('button', { name: 'Alles wissen' }).click();
    await dialog(page).getByText('Dat kan niet ongedaan worden gemaakt').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
    await saveScreenshots(page, 'options-delete-dialog', 'nl');
    expect(await findAxeViolations(page)).toEqual({ light: [], dark: [] });
    await dialog(page).getByRole('button', { name: 'Alles wissen' }).click();
    await page.getByText('Alles is gewist.', { exact: false }).waitFor();
    expect(await page.getByLabel('Tijd tussen pauzes (minuten)').inputValue()).toBe('30');
    expect(await page.getByLabel('Geluid bij een pauze').isChecked()).toBe(false);
    await page
      .getByText(
        'In deze browser: 0 pauzes in je geschiedenis, 0 met een notitie, en 0 verborgen kaarten.',
      )
      .waitFor();
    expect(await readOwnedRecords(extension())).toEqual([null, null, null, null, null]);
    // The worker starts afresh: a pause is planned again.
    await waitFor(async () => (await getPauseAlarm(extension())) !== null, {
      what: 'a pause planned after deleting',
    });

    // Import the file back: the question says what it holds, then everything is as it was.
    await importFile(page, exported);
    await dialog(page)
      .getByText(
        'Het bestand bevat instellingen, 1 verborgen kaart en 2 pauzes, waarvan 1 met een notitie.',
        { exact: false },
      )
      .waitFor();
    await dialog(page).getByRole('button', { name: 'Importeren' }).click();
    await page.getByText('Geïmporteerd.').waitFor();
    expect(await page.getByLabel('Tijd tussen pauzes (minuten)').inputValue()).toBe('45');
    expect(await page.getByLabel('Geluid bij een pauze').isChecked()).toBe(true);
    expect(await readOwnedRecords(extension())).toEqual(owned);
    const again = JSON.parse((await exportFile(page)).toString('utf8'));
    expect({ ...again, exportedAt: null }).toEqual({ ...file, exportedAt: null });
  });

  it('never shows a card that an import hid, not even the one reserved for the next opening', async () => {
    const reservedId = (path: string) => readReservedCard(new URL(path, 'x:/').search)?.id;
    const reserved = reservedId(await waitForReservedPopupPath(extension()));
    const page = await extension().openPage('options.html');
    const file = JSON.parse((await exportFile(page)).toString('utf8'));
    file.hiddenCardIds = [reserved];
    await importFile(page, Buffer.from(JSON.stringify(file)));
    await dialog(page).getByRole('button', { name: 'Importeren' }).click();
    await page.getByText('Geïmporteerd.').waitFor();
    const path = await waitFor(
      async () => {
        const next = await waitForReservedPopupPath(extension());
        return reservedId(next) !== reserved && next;
      },
      { what: 'another card reserved' },
    );
    const popup = await extension().openPage(path);
    await popup.locator('.card-kind').waitFor();
    const hidden = cards.find((card) => card.id === reserved);
    const shown = (await popup.locator('.card').textContent()) ?? '';
    expect(hidden && shown.includes(hidden.kind === 'reframe' ? hidden.thought : hidden.text)).toBe(
      false,
    );
    await popup.close();
    await page.close();
  });

  it('refuses a bad file, says what is wrong, and changes nothing', async () => {
    await storeUserData(extension());
    const page = await extension().openPage('options.html');
    const file = JSON.parse((await exportFile(page)).toString('utf8'));
    file.preferences.intervalMinutes = 999;
    file.pauseLog[0] = { outcome: 'maybe' };
    const before = await readOwnedRecords(extension());
    const intervalBefore = await page.getByLabel('Tijd tussen pauzes (minuten)').inputValue();

    await importFile(page, Buffer.from(JSON.stringify(file)));
    const alert = page.getByRole('alert');
    await alert.getByText('Het bestand is niet geïmporteerd. Er is niets veranderd.').waitFor();
    await alert.getByText('Instelling ‘Tijd tussen pauzes’ heeft een ongeldige waarde.').waitFor();
    await alert.getByText('Regel 1 van de pauzegeschiedenis is ongeldig.').waitFor();
    expect(await dialog(page).isVisible()).toBe(false);
    await saveScreenshots(page, 'options-import-error', 'nl');

    await importFile(page, Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    await alert.getByText('Het bestand is geen tekst.', { exact: false }).waitFor();
    expect(await readOwnedRecords(extension())).toEqual(before);
    await page.reload();
    expect(await page.getByLabel('Tijd tussen pauzes (minuten)').inputValue()).toBe(intervalBefore);
  });

  it('puts the settings back to their defaults once asked, keeping cards and history', async () => {
    await storeUserData(extension());
    const page = await extension().openPage('options.html');
    await page.getByLabel('Hoe een pauze zich meldt').selectOption('window');
    await page.getByText('Opgeslagen.').waitFor();
    await page.getByRole('button', { name: 'Standaardinstellingen' }).click();
    await dialog(page).getByRole('button', { name: 'Annuleren' }).click();
    expect(await page.getByLabel('Hoe een pauze zich meldt').inputValue()).toBe('window');

    await page.getByRole('button', { name: 'Standaardinstellingen' }).click();
    await dialog(page).getByRole('button', { name: 'Terugzetten' }).click();
    await page.getByText('De standaardinstellingen zijn terug.').waitFor();
    expect(await page.getByLabel('Hoe een pauze zich meldt').inputValue()).toBe('notification');
    expect(await readRecord(extension(), 'deck-hidden-card-ids')).toEqual([HIDDEN_CARD?.id]);
    expect(await readRecord(extension(), 'pause-log')).toEqual(HISTORY);
  });

  it('says that nothing leaves the browser, names the article, and passes axe', async () => {
    const page = await extension().openPage('options.html');
    const about = page.getByRole('region', { name: 'Over Moedpauze' });
    await about.getByText('er verlaat niets je computer', { exact: false }).waitFor();
    await about.getByText('Waarom voelen we ons zwak als we kwetsbaar zijn?').waitFor();
    await about.getByText('18 juni 2025').waitFor();
    expect(await findAxeViolations(page)).toEqual({ light: [], dark: [] });
  });
});

describe('your data, in an English browser', () => {
  const extension = useExtension('en');

  it('speaks English, names the article and its date, and passes axe', async () => {
    const page = await extension().openPage('options.html');
    await page.getByRole('button', { name: 'Export' }).waitFor();
    await page.getByRole('button', { name: 'Delete everything' }).waitFor();
    const about = page.getByRole('region', { name: 'About Moedpauze' });
    await about.getByText('nothing leaves your computer', { exact: false }).waitFor();
    await about.getByText('18 June 2025').waitFor();
    expect(await findAxeViolations(page)).toEqual({ light: [], dark: [] });
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await dialog(page).getByText('This cannot be undone', { exact: false }).waitFor();
    await saveScreenshots(page, 'options-delete-dialog', 'en');
  });
});

import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cards as nlCards } from '@/assets/content/nl';
import { findAxeViolations } from './axe';
import { type Language, type LaunchedExtension, saveScreenshots, useExtension } from './extension';
import { waitFor } from './wait';
import { readRecord, waitForReservedPopupPath } from './worker';

// The user's own cards, as a person writes them in the settings and meets them in the popup.

const POPUP_VIEWPORT = { width: 360, height: 600 };

/** Words no article card holds: markup, an emoji and right-to-left text, all of it words. */
const THOUGHT = 'Ik ben <b>te veel</b> 😔';
const REFRAME = 'Ik mag ruimte innemen 🌱 אני מספיק';
const EDITED = 'Ik neem mijn plek, <i>rustig</i> 🌿';

/** The own cards as stored (no record: none). */
async function storedOwnCards(extension: LaunchedExtension): Promise<unknown[]> {
  const record = (await readRecord(extension, 'own-cards')) as { cards?: unknown[] } | null;
  return record?.cards ?? [];
}

/** Writes a reframe in the open settings page: the kind, its two fields, then Save. */
async function writeReframe(page: Page, labels: Labels, thought: string, reframe: string) {
  await page.getByRole('button', { name: labels.add }).click();
  await page.getByRole('radio', { name: labels.reframeKind }).check();
  await page.getByLabel(labels.thought).fill(thought);
  await page.getByLabel(labels.reframe).fill(reframe);
}

/**
 * Opens the popup as the toolbar button does, then asks for another card until the own one
 * comes; resolves to that popup. Two cycles at the most: a card shown in this cycle (and
 * changed since) waits for the next one.
 */
async function openPopupUntilOwn(extension: LaunchedExtension, labels: Labels): Promise<Page> {
  const page = await extension.openPage(await waitForReservedPopupPath(extension));
  await page.setViewportSize(POPUP_VIEWPORT);
  const caption = page.locator('.card-kind');
  await caption.waitFor();
  for (let draw = 0; draw <= 2 * (nlCards.length + 1); draw++) {
    if ((await caption.textContent())?.includes(labels.ownMark)) return page;
    const before = await page.locator('.card').textContent();
    await page.getByRole('button', { name: labels.drawNext }).click();
    await page.waitForFunction(
      (text) => document.querySelector('.card')?.textContent !== text,
      before,
    );
  }
  throw new Error('The own card did not come in a whole cycle');
}

/** What the card of an open popup says, once its milder answer is revealed. */
async function revealOwnReframe(page: Page, labels: Labels) {
  await page.getByRole('button', { name: labels.reveal }).click();
  await page.locator('.card-reframe').waitFor();
  return {
    caption: await page.locator('.card-kind').textContent(),
    thought: await page.locator('.card-thought bdi').textContent(),
    reframe: await page.locator('.card-reframe bdi').textContent(),
    // Words shown as text: no element came from what was typed.
    markup: await page.locator('.card b, .card i').count(),
  };
}

interface Labels {
  add: string;
  reframeKind: string;
  thought: string;
  reframe: string;
  save: string;
  saved: string;
  edit: string;
  delete: string;
  deleted: string;
  required: string;
  ownMark: string;
  drawNext: string;
  reveal: string;
  onlyOwn: string;
  emptyDeck: string;
}

const LABELS: Record<Language, Labels> = {
  nl: {
    add: 'Eigen kaart toevoegen',
    reframeKind: 'Zelfspraak',
    thought: 'Je kritische gedachte',
    reframe: 'Je mildere antwoord',
    save: 'Opslaan',
    saved: 'Kaart opgeslagen.',
    edit: 'Bewerken',
    delete: 'Verwijderen',
    deleted: 'Kaart verwijderd.',
    required: 'Schrijf hier iets; een paar woorden is genoeg.',
    ownMark: 'Eigen kaart',
    drawNext: 'Nog een',
    reveal: 'Bekijk het anders',
    onlyOwn: 'Alleen je eigen kaarten',
    emptyDeck: 'Er is nu geen kaart om te tonen.',
  },
  en: {
    add: 'Add your own card',
    reframeKind: 'Self-talk',
    thought: 'Your critical thought',
    reframe: 'Your milder answer',
    save: 'Save',
    saved: 'Card saved.',
    edit: 'Edit',
    delete: 'Delete',
    deleted: 'Card deleted.',
    required: 'Write something here; a few words are enough.',
    ownMark: 'Your own card',
    drawNext: 'Another one',
    reveal: 'See it differently',
    onlyOwn: 'Only your own cards',
    emptyDeck: 'There is no card to show right now.',
  },
};

describe('your own cards, in a Dutch browser', () => {
  const extension = useExtension('nl');
  const labels = LABELS.nl;

  it('writes a reframe, finds it in the popup as typed, changes it, and deletes it', async () => {
    const options = await extension().openPage('options.html');
    await options.getByRole('heading', { name: 'Eigen kaarten' }).waitFor();

    // Nothing is stored while a field is empty: the message stands beside it.
    await options.getByRole('button', { name: labels.add }).click();
    await options.getByRole('radio', { name: labels.reframeKind }).check();
    await options.getByLabel(labels.thought).fill(THOUGHT);
    await options.getByRole('button', { name: labels.save }).click();
    const reframeField = options.getByLabel(labels.reframe);
    await waitFor(async () => (await reframeField.getAttribute('aria-invalid')) === 'true', {
      what: 'the empty milder answer refused',
    });
    await options.getByText(labels.required).waitFor();
    expect(await options.evaluate(() => document.activeElement?.id)).toBe(
      await reframeField.getAttribute('id'),
    );
    expect(await storedOwnCards(extension())).toEqual([]);

    await reframeField.fill(REFRAME);
    await options.getByRole('button', { name: labels.save }).click();
    await options.getByText(labels.saved).waitFor();
    const stored = await storedOwnCards(extension());
    expect(stored).toMatchObject([{ kind: 'reframe', thought: THOUGHT, reframe: REFRAME }]);

    // In the popup, as typed: the critical thought, then the milder answer once asked for.
    const popup = await openPopupUntilOwn(extension(), labels);
    expect(await revealOwnReframe(popup, labels)).toEqual({
      caption: 'Zelfspraak · Eigen kaart',
      thought: THOUGHT,
      reframe: REFRAME,
      markup: 0,
    });
    await popup.close();

    // Changed: the popup shows the new words.
    await options.getByRole('button', { name: labels.edit }).click();
    await options.getByLabel(labels.reframe).fill(EDITED);
    await options.getByRole('button', { name: labels.save }).click();
    await options.getByText(labels.saved).waitFor();
    await waitFor(
      async () => JSON.stringify(await storedOwnCards(extension())).includes('rustig'),
      { what: 'the changed card stored' },
    );
    const changed = await openPopupUntilOwn(extension(), labels);
    expect(await revealOwnReframe(changed, labels)).toMatchObject({
      thought: THOUGHT,
      reframe: EDITED,
      markup: 0,
    });
    await changed.close();

    // Only own cards: the one reserved for the toolbar button is the own card, words and all.
    await options.getByRole('radio', { name: labels.onlyOwn }).check();
    const reserved = await waitFor(
      async () => {
        const path = await extension().getPopupPath();
        return path.includes(encodeURIComponent('rustig')) && path;
      },
      { what: 'the own card reserved, with its words' },
    );
    const first = await extension().openPage(reserved);
    await first.setViewportSize(POPUP_VIEWPORT);
    await first.getByText(THOUGHT).waitFor();
    await saveScreenshots(first, 'popup-own-card', 'nl');
    expect(await findAxeViolations(first)).toEqual({ light: [], dark: [] });
    await first.close();

    // Deleted, after the question: gone from the store, the settings and the popup.
    await options.getByRole('button', { name: labels.delete }).click();
    await options.getByRole('dialog').getByRole('button', { name: labels.delete }).click();
    await options.getByText(labels.deleted).waitFor();
    expect(await storedOwnCards(extension())).toEqual([]);
    expect(await options.getByText(THOUGHT).count()).toBe(0);
    const empty = await extension().openPage(
      await waitFor(
        async () => {
          const path = await extension().getPopupPath();
          return !path.includes('card=') && path;
        },
        { what: 'no card reserved once the only own card is gone' },
      ),
    );
    await empty.getByText(labels.emptyDeck).waitFor();
    await empty.close();
    await options.close();
  });

  it('comes back after an export, deleting everything and an import', async () => {
    const options = await extension().openPage('options.html');
    await writeReframe(options, labels, THOUGHT, REFRAME);
    await options.getByRole('button', { name: labels.save }).click();
    await options.getByText(labels.saved).waitFor();
    const before = await storedOwnCards(extension());

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Exporteren' }).click(),
    ]);
    const exported = await readFile(await download.path());
    await options.getByRole('button', { name: 'Alles wissen' }).click();
    await options.getByRole('dialog').getByRole('button', { name: 'Alles wissen' }).click();
    await options.getByText('Alles is gewist.', { exact: false }).waitFor();
    expect(await storedOwnCards(extension())).toEqual([]);
    expect(await options.getByText(THOUGHT).count()).toBe(0);

    await options
      .getByLabel('Importeren uit een bestand')
      .setInputFiles({ name: 'moedpauze.json', mimeType: 'application/json', buffer: exported });
    await options.getByRole('dialog').getByText('1 eigen kaart', { exact: false }).waitFor();
    await options.getByRole('dialog').getByRole('button', { name: 'Importeren' }).click();
    await options.getByText('Geïmporteerd.').waitFor();
    expect(await storedOwnCards(extension())).toEqual(before);
    await options.getByText(THOUGHT).waitFor();
    await options.close();
  });
});

describe.each(['nl', 'en'] as const)('the own cards editor in %s', (language) => {
  const extension = useExtension(language);
  const labels = LABELS[language];

  it('is labelled, axe-clean in light and dark, and looks calm', async () => {
    const options = await extension().openPage('options.html');
    await writeReframe(options, labels, THOUGHT, REFRAME);
    // The editor as a person sees it, words typed, ready to save.
    const editor = options.getByRole('group', {
      name: language === 'nl' ? 'Nieuwe eigen kaart' : 'A new card of your own',
    });
    await editor.scrollIntoViewIfNeeded();
    await saveScreenshots(options, 'options-own-card-editor', language);
    expect(await findAxeViolations(options)).toEqual({ light: [], dark: [] });

    await options.getByRole('button', { name: labels.save }).click();
    await options.getByText(labels.saved).waitFor();
    await saveScreenshots(options, 'options-own-cards', language);
    expect(await findAxeViolations(options)).toEqual({ light: [], dark: [] });

    // An own card in the popup, in this language's page, its words as written.
    await options.getByRole('radio', { name: labels.onlyOwn }).check();
    const reserved = await waitFor(
      async () => {
        const path = await extension().getPopupPath();
        return path.includes(encodeURIComponent('אני')) && path;
      },
      { what: 'the own card reserved' },
    );
    const popup = await extension().openPage(reserved);
    await popup.setViewportSize(POPUP_VIEWPORT);
    await popup.getByText(THOUGHT).waitFor();
    expect(await popup.locator('.card-kind').textContent()).toContain(labels.ownMark);
    await popup.getByRole('button', { name: labels.reveal }).click();
    await popup.getByText(REFRAME).waitFor();
    await saveScreenshots(popup, 'popup-own-card-revealed', language);
    expect(await findAxeViolations(popup)).toEqual({ light: [], dark: [] });
    await popup.close();
    await options.close();
  });
});

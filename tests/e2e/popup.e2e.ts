import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cards as enCards } from '@/assets/content/en';
import { cards as nlCards } from '@/assets/content/nl';
import { isInArticle } from './article';
import { findAxeViolations } from './axe';
import { type LaunchedExtension, saveScreenshots, useExtension } from './extension';
import { waitFor } from './wait';
import { waitForReservedPopupPath } from './worker';

const POPUP_VIEWPORT = { width: 360, height: 600 };

interface SeenCard {
  kind: string;
  /** What the card says before anything is revealed, as a person reads it. */
  text: string;
  popupHeightPx: number;
  doesCardOverflow: boolean;
}

/** Opens the popup as the toolbar button would, and reads the card a person sees. */
async function openPopup(extension: LaunchedExtension) {
  const path = await waitForReservedPopupPath(extension);
  const page = await extension.openPage(path);
  await page.setViewportSize(POPUP_VIEWPORT);
  await page.locator('.card-kind').waitFor();
  const seen: SeenCard = await page.evaluate(() => {
    const card = document.querySelector('.card') as HTMLElement;
    const text = card.querySelector('.card-text')?.cloneNode(true) as HTMLElement;
    for (const hidden of text.querySelectorAll('.visually-hidden, button')) hidden.remove();
    return {
      kind: card.querySelector('.card-kind')?.textContent ?? '',
      text: (text.textContent ?? '').trim(),
      popupHeightPx: document.body.getBoundingClientRect().height,
      doesCardOverflow: card.scrollHeight > card.clientHeight,
    };
  });
  // A person opens the popup again only later: by then the worker has reserved the next card.
  await waitForNewReservation(extension, path);
  return { page, seen };
}

/** Waits until the worker has reserved a card other than the one in `path`. */
function waitForNewReservation(extension: LaunchedExtension, path: string) {
  return waitFor(async () => (await extension.getPopupPath()) !== path, {
    timeoutMs: 5_000,
    what: 'new card reserved after the opening',
  });
}

/** Reveals a reframe's milder thought, if the card is one, and says whether the card still fits. */
async function revealAndMeasure(page: Page, seen: SeenCard): Promise<SeenCard> {
  const reveal = page.locator('.card-text > button');
  if (!(await reveal.isVisible())) return seen;
  await reveal.click();
  await page.locator('.card-reframe').waitFor();
  return page.evaluate((before) => {
    const card = document.querySelector('.card') as HTMLElement;
    const heightPx = document.body.getBoundingClientRect().height;
    return {
      ...before,
      popupHeightPx: heightPx === before.popupHeightPx ? heightPx : Number.NaN,
      doesCardOverflow: before.doesCardOverflow || card.scrollHeight > card.clientHeight,
    };
  }, seen);
}

/** Presses "Nog een" until a card of `kind` shows; a whole cycle holds every kind. */
async function drawUntilKind(page: Page, kind: string) {
  const card = page.locator('.card');
  for (let draw = 0; draw <= nlCards.length; draw++) {
    if ((await card.getAttribute('data-kind')) === kind) return;
    const before = await card.textContent();
    await page.getByRole('button', { name: 'Nog een' }).click();
    await page.waitForFunction(
      (text) => document.querySelector('.card')?.textContent !== text,
      before,
    );
  }
  throw new Error(`No ${kind} card in a whole cycle`);
}

describe('the popup in a Dutch browser', () => {
  const extension = useExtension('nl');

  it('shows every card of the article once before any repeats, at one steady size', async () => {
    const seen: SeenCard[] = [];
    for (let open = 0; open < nlCards.length; open++) {
      const { page, seen: card } = await openPopup(extension());
      seen.push(await revealAndMeasure(page, card));
      await page.close();
    }
    const texts = seen.map((card) => card.text.replace(/^“|”$/g, ''));
    expect(new Set(texts).size).toBe(nlCards.length);
    for (const text of texts)
      expect(isInArticle(text), `"${text}" is not in the article`).toBe(true);
    expect(new Set(seen.map((card) => card.kind))).toEqual(
      new Set(['Uit het artikel', 'Zelfspraak', 'Reflectievraag', 'Kleine stap']),
    );
    expect(new Set(seen.map((card) => card.popupHeightPx)).size).toBe(1);
    expect(seen.filter((card) => card.doesCardOverflow)).toEqual([]);
  });

  it('draws another card on "Nog een", by keyboard, with visible focus', async () => {
    const { page, seen } = await openPopup(extension());
    const button = page.getByRole('button', { name: 'Nog een' });
    await button.focus();
    expect(await button.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe(
      'solid',
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (before) => !document.querySelector('.card-text')?.textContent?.includes(before),
      seen.text,
    );
  });

  it('reveals the milder thought of a reframe, without the popup changing size', async () => {
    const { page } = await openPopup(extension());
    await drawUntilKind(page, 'reframe');
    const reveal = page.getByRole('button', { name: 'Bekijk het anders' });
    const heightBefore = await page.evaluate(() => document.body.getBoundingClientRect().height);
    await saveScreenshots(page, 'popup-reframe', 'nl');
    await reveal.press('Enter');
    const milder = page.locator('.card-reframe');
    await milder.waitFor();
    // Focus follows the milder thought (moved in an effect, just after it appears).
    await page.waitForFunction(() => document.activeElement?.classList.contains('card-reframe'));
    expect(await page.evaluate(() => document.body.getBoundingClientRect().height)).toBe(
      heightBefore,
    );
    await saveScreenshots(page, 'popup-reframe-revealed', 'nl');
    expect(await findAxeViolations(page)).toEqual({ light: [], dark: [] });
  });

  it('hides a card for good, with undo right there', async () => {
    const { page, seen } = await openPopup(extension());
    await page.getByRole('button', { name: 'Niet meer tonen' }).click();
    await page.getByRole('status').getByText('Kaart verborgen.').waitFor();
    await saveScreenshots(page, 'popup-hidden', 'nl');
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.waitForFunction(
      (text) => document.querySelector('.card-text')?.textContent?.includes(text),
      seen.text.replace(/^“|”$/g, ''),
    );

    // Hidden for good: gone from a whole cycle of later opens, back after a restore in settings.
    await page.getByRole('button', { name: 'Niet meer tonen' }).click();
    await page.getByRole('status').getByText('Kaart verborgen.').waitFor();
    for (let open = 0; open < nlCards.length; open++) {
      const next = await openPopup(extension());
      expect(next.seen.text).not.toBe(seen.text);
      await next.page.close();
    }
    const options = await extension().openPage('options.html');
    await options.getByRole('button', { name: 'Terugzetten' }).click();
    await options.getByText('Je hebt geen kaarten verborgen.').waitFor();
    // An open settings tab would be focused, not opened again, by the popup's link.
    await options.close();
  });

  it('shows a card hidden in the popup in the settings open beside it, at once', async () => {
    const settings = await extension().openPage('options.html');
    await settings.getByText('en 0 verborgen kaarten.', { exact: false }).waitFor();
    const { page } = await openPopup(extension());
    await page.getByRole('button', { name: 'Niet meer tonen' }).click();
    await page.getByText('Kaart verborgen.').waitFor();
    await settings.getByText('en 1 verborgen kaart.', { exact: false }).waitFor();
    expect(await settings.getByRole('button', { name: 'Terugzetten' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await settings.getByText('en 0 verborgen kaarten.', { exact: false }).waitFor();
    await page.close();
    await settings.close();
  });

  it('wakes a stopped worker to reserve the next card', async () => {
    const { page } = await openPopup(extension());
    const path = await extension().getPopupPath();
    const cdp = await extension().context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // The popup itself wakes the worker: it posts which card it showed.
    const reopened = await extension().openPage(path);
    await reopened.locator('.card-kind').waitFor();
    await waitForNewReservation(extension(), path);
    expect(await extension().getPopupPath()).toMatch(/[?&]card=/);
  });

  it('passes axe (WCAG 2.2 AA) in light and dark, and looks right', async () => {
    const { page } = await openPopup(extension());
    expect(await findAxeViolations(page)).toEqual({ light: [], dark: [] });
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await saveScreenshots(page, 'popup', 'nl');
  });

  it('opens the settings from its link', async () => {
    const { page } = await openPopup(extension());
    const optionsOpened = extension().context.waitForEvent('page', {
      predicate: (opened) => opened.url().endsWith('/options.html'),
    });
    await page.getByRole('link', { name: 'Instellingen' }).click();
    const options = await optionsOpened;
    await options.getByLabel('Tijd tussen pauzes (minuten)').waitFor();
  });
});

describe('the popup in an English browser', () => {
  const extension = useExtension('en');

  it('speaks English, every card at one steady size', async () => {
    const englishTexts = new Set(
      enCards.map((card) => (card.kind === 'reframe' ? card.thought : card.text)),
    );
    const seen: SeenCard[] = [];
    for (let open = 0; open < enCards.length; open++) {
      const { page, seen: card } = await openPopup(extension());
      seen.push(await revealAndMeasure(page, card));
      await page.close();
    }
    const texts = seen.map((card) => card.text.replace(/^“|”$/g, ''));
    expect(new Set(texts).size).toBe(enCards.length);
    for (const text of texts) {
      const isEnglish = [...englishTexts].some(
        (english) => english.toLowerCase() === text.toLowerCase(),
      );
      expect(isEnglish, `"${text}" is not an English card`).toBe(true);
    }
    expect(new Set(seen.map((card) => card.popupHeightPx)).size).toBe(1);
    expect(seen.filter((card) => card.doesCardOverflow)).toEqual([]);
  });

  it('passes axe in light and dark, and looks right', async () => {
    const { page } = await openPopup(extension());
    await page.getByRole('link', { name: 'Settings' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await findAxeViolations(page)).toEqual({ light: [], dark: [] });
    await saveScreenshots(page, 'popup', 'en');
  });

  it('goes from the Dutch page, opened by hand, to the English one with a card', async () => {
    const page = await extension().openPage('popup.html');
    await page.waitForURL(/\/popup-en\.html\?card=/);
    await page.locator('.card-kind').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: 'Settings' }).waitFor();
    await page.close();
  });
});

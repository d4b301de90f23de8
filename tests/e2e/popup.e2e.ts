import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cards as enCards } from '@/assets/content/en';
import { capitalizeFirst, getCardLine } from '@/utils/card-text';
import { isInArticle } from './article';
import { type LaunchedExtension, launchExtension, saveScreenshots } from './extension';

const POPUP_VIEWPORT = { width: 360, height: 320 };

describe('the popup in a Dutch browser', () => {
  let extension: LaunchedExtension;
  beforeAll(async () => {
    extension = await launchExtension({ language: 'nl' });
  });
  afterAll(() => extension.close());

  it('shows a line that stands word for word in the article', async () => {
    const page = await extension.openPage('popup.html');
    await page.setViewportSize(POPUP_VIEWPORT);
    await page.getByText('Uit het artikel').waitFor();
    const line = (await page.locator('blockquote').textContent()) ?? '';
    expect(line.length).toBeGreaterThan(10);
    expect(isInArticle(line), `"${line}" is not in the article`).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await saveScreenshots(page, 'popup', 'nl');
  });

  it('opens the settings from its link', async () => {
    const page = await extension.openPage('popup.html');
    const optionsOpened = extension.context.waitForEvent('page', {
      predicate: (opened) => opened.url().endsWith('/options.html'),
    });
    await page.getByRole('link', { name: 'Instellingen' }).click();
    const options = await optionsOpened;
    await options.getByLabel('Tijd tussen pauzes (minuten)').waitFor();
  });

  it('is usable by keyboard: the link takes focus, visibly', async () => {
    const page = await extension.openPage('popup.html');
    await page.getByText('Uit het artikel').waitFor();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Instellingen');
    const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('solid');
  });
});

describe('the popup in an English browser', () => {
  let extension: LaunchedExtension;
  beforeAll(async () => {
    extension = await launchExtension({ language: 'en' });
  });
  afterAll(() => extension.close());

  it('speaks English', async () => {
    const page = await extension.openPage('popup.html');
    await page.setViewportSize(POPUP_VIEWPORT);
    await page.getByText('From the article').waitFor();
    const line = (await page.locator('blockquote').textContent()) ?? '';
    const englishLines = enCards.map((card) => capitalizeFirst(getCardLine(card)));
    expect(englishLines).toContain(line);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: 'Settings' }).waitFor();
    await saveScreenshots(page, 'popup', 'en');
  });
});

import type { Page } from 'puppeteer-core';
import { waitFor } from '../e2e/wait';
import { hasRendered } from './firefox';

// What a person does on an extension page in Firefox, through Puppeteer over WebDriver BiDi.

/** The button a person finds by its name (in the tab in front: see `inFront`). */
export const button = (page: Page, name: string) =>
  page.locator(`::-p-aria([name="${name}"][role="button"])`);

/** The form control a person finds by its label, as a CSS selector. */
export async function byLabel(page: Page, label: string): Promise<string> {
  const id = await waitFor(
    () =>
      page.evaluate((wanted) => {
        const labels = [...document.querySelectorAll('label')];
        const found = labels.find((each) => each.textContent?.trim() === wanted);
        return found?.control?.id ?? null;
      }, label),
    { what: `a control labelled "${label}"` },
  );
  return `#${id}`;
}

/** What a form control holds now. */
export const readValue = (page: Page, selector: string) =>
  page.$eval(selector, (control) => (control as HTMLInputElement).value);

/** Types into a form control as a person does: select what is there, type, leave with Tab. */
export async function typeInto(page: Page, selector: string, typed: string, leaveWith = 'Tab') {
  await page.click(selector, { count: 3 });
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.type(selector, typed);
  await page.keyboard.press(leaveWith as 'Tab');
}

/** Waits until the page shows `text` somewhere. */
export const waitForText = (page: Page, text: string) =>
  waitFor(
    () => page.evaluate((wanted) => (document.body.textContent ?? '').includes(wanted), text),
    {
      what: `"${text}" on the page`,
    },
  );

/** Reloads an extension page and waits until it has rendered again (no load events come). */
export async function reload(page: Page) {
  await page.evaluate(() => document.body.replaceChildren());
  await page.reload({ waitUntil: [] });
  await waitFor(() => hasRendered(page), { what: 'the page rendered again' });
}

/**
 * Puts `typed` in a field in place of what it holds, as a person does, and stays in it. The tab
 * comes to the front first, as a person's does: Firefox holds back a background tab's frames.
 */
export async function replaceText(page: Page, selector: string, typed: string) {
  await page.bringToFront();
  await page.click(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.type(selector, typed);
}

/** Brings a tab to the front, as a person does before using it; returns it. */
export async function inFront(page: Page): Promise<Page> {
  await page.bringToFront();
  return page;
}

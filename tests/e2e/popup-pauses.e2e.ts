import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findAxeViolations } from './axe';
import { type LaunchedExtension, saveScreenshots, useExtension } from './extension';
import { dayBefore } from './moment';
import { waitFor } from './wait';
import {
  ALWAYS_ACTIVE,
  getPauseAlarm,
  makePauseDueSoon,
  readPauseState,
  setPreferences,
  waitForReservedPopupPath,
} from './worker';

const MINUTE_MS = 60_000;
const POPUP_VIEWPORT = { width: 360, height: 600 };
const clock = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

/** Opens the popup as the toolbar button would, and waits for its pause status. */
async function openPopup(extension: LaunchedExtension): Promise<Page> {
  const page = await extension.openPage(await waitForReservedPopupPath(extension));
  await page.setViewportSize(POPUP_VIEWPORT);
  await page.locator('.card-kind').waitFor();
  return page;
}

const statusOf = (page: Page) => page.getByRole('region', { name: 'Pauzes' }).locator('p').first();

describe('the pause section of the popup, in a Dutch browser', () => {
  const extension = useExtension('nl');

  it('says when the next pause comes', async () => {
    await setPreferences(extension(), ALWAYS_ACTIVE);
    const alarm = await waitFor(() => getPauseAlarm(extension()));
    const page = await openPopup(extension());
    await expect
      .poll(() => statusOf(page).textContent())
      .toBe(
        `Volgende pauze ${dayBefore(alarm.scheduledTime, 'morgen')}om ${clock.format(alarm.scheduledTime)}`,
      );
    expect(await page.getByRole('link', { name: 'Pauze nemen' }).getAttribute('href')).toBe(
      '/pause.html',
    );
    await page.close();
  });

  it('pauses reminders for an hour and resumes them, by keyboard', async () => {
    const page = await openPopup(extension());
    const pauseForHour = page.getByRole('button', { name: 'Herinneringen 1 uur uit' });
    await pauseForHour.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => statusOf(page).textContent()).toMatch(/^Herinneringen gepauzeerd tot /);
    const paused = await readPauseState(extension());
    expect(paused?.phase.kind).toBe('paused');
    const untilMs = paused?.phase.untilMs ?? 0;
    expect(await statusOf(page).textContent()).toBe(
      `Herinneringen gepauzeerd tot ${dayBefore(untilMs, 'morgen')}${clock.format(untilMs)}`,
    );
    expect((await getPauseAlarm(extension()))?.scheduledTime).toBeGreaterThan(
      Date.now() + 89 * MINUTE_MS,
    );
    await saveScreenshots(page, 'popup-paused', 'nl');
    await page.getByRole('button', { name: 'Herinneringen hervatten' }).click();
    await expect.poll(() => statusOf(page).textContent()).toMatch(/^Volgende pauze (morgen )?om /);
    expect((await readPauseState(extension()))?.phase.kind).toBe('waiting');
    await page.close();
  });

  it('offers "Later" when a pause is due, and snoozes it', async () => {
    await makePauseDueSoon(extension(), 300);
    await waitFor(async () => (await readPauseState(extension()))?.phase.kind === 'delivered', {
      what: 'a pause delivered',
    });
    const page = await openPopup(extension());
    await expect.poll(() => statusOf(page).textContent()).toBe('Tijd voor een korte pauze');
    expect(await findAxeViolations(page)).toEqual({ light: [], dark: [] });
    await saveScreenshots(page, 'popup-due', 'nl');
    await page.getByRole('button', { name: '5 min', exact: true }).click();
    await expect.poll(() => statusOf(page).textContent()).toMatch(/^Uitgesteld tot /);
    const alarm = await getPauseAlarm(extension());
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now() + 4 * MINUTE_MS);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(Date.now() + 5 * MINUTE_MS);
    await page.close();
  });
});

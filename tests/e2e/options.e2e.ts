import { describe, expect, it } from 'vitest';
import { saveScreenshots, useExtension } from './extension';
import { waitFor } from './wait';
import { getPauseAlarm } from './worker';

const MINUTE_MS = 60_000;

describe('the options page in a Dutch browser', () => {
  const extension = useExtension('nl');

  it('keeps changed reminder settings after a reload, and the next pause moves with them', async () => {
    const page = await extension().openPage('options.html');
    const field = page.getByLabel('Tijd tussen pauzes (minuten)');
    expect(await field.inputValue()).toBe('30');
    await saveScreenshots(page, 'options', 'nl');

    // Every day, all day: this test may run at any hour.
    for (const day of ['zaterdag', 'zondag']) await page.getByLabel(day).check();
    await page.getByLabel('Actief vanaf').fill('00:00');
    await page.getByLabel('Actief vanaf').press('Tab');
    await page.getByLabel('Actief tot').fill('00:00');
    await page.getByLabel('Actief tot').press('Tab');
    await page.getByLabel('Duur van een pauze (seconden)').fill('90');
    await page.getByLabel('Duur van een pauze (seconden)').press('Tab');
    await page.getByLabel('Hoe een pauze zich meldt').selectOption('badge');
    await page.getByLabel('Geluid bij een pauze').check();
    await field.fill('45');
    await field.press('Tab');
    await page.getByText('Opgeslagen.').waitFor();
    const savedAtMs = Date.now();

    await page.reload();
    expect(await page.getByLabel('Tijd tussen pauzes (minuten)').inputValue()).toBe('45');
    expect(await page.getByLabel('zondag').isChecked()).toBe(true);
    expect(await page.getByLabel('Actief tot').inputValue()).toBe('00:00');
    expect(await page.getByLabel('Duur van een pauze (seconden)').inputValue()).toBe('90');
    expect(await page.getByLabel('Hoe een pauze zich meldt').inputValue()).toBe('badge');
    expect(await page.getByLabel('Geluid bij een pauze').isChecked()).toBe(true);
    const alarm = await waitFor(
      async () => {
        const pending = await getPauseAlarm(extension());
        return pending && pending.scheduledTime > savedAtMs + 44 * MINUTE_MS && pending;
      },
      { what: 'the next pause moved' },
    );
    expect(alarm.scheduledTime).toBeLessThan(savedAtMs + 46 * MINUTE_MS);
  });

  it('refuses to leave no active day, and stores nothing', async () => {
    const page = await extension().openPage('options.html');
    const days = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
    for (const day of days.slice(0, -1)) await page.getByLabel(day).uncheck();
    await page.getByText('Opgeslagen.').waitFor();
    await page.getByLabel('zondag').uncheck();
    await page.getByText('Kies minstens één dag.').waitFor();
    await page.reload();
    expect(await page.getByLabel('zondag').isChecked()).toBe(true);
    expect(await page.getByLabel('maandag').isChecked()).toBe(false);
  });

  it('refuses a bad interval with a message beside the field, and stores nothing', async () => {
    const page = await extension().openPage('options.html');
    const field = page.getByLabel('Tijd tussen pauzes (minuten)');
    const before = await field.inputValue();
    const alarmBefore = await getPauseAlarm(extension());

    const cases = [
      ['3', 'Minstens 5 minuten.'],
      ['500', 'Hoogstens 240 minuten (4 uur).'],
      ['12,5', 'Gebruik een heel aantal minuten, zoals 30.'],
      ['', 'Vul een aantal minuten in, van 5 tot 240.'],
    ] as const;
    for (const [typed, message] of cases) {
      await field.fill(typed);
      await field.press('Enter');
      await page.getByText(message).waitFor();
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
      const description = await page.locator(`#${describedBy.split(' ')[0]}`).textContent();
      expect(description).toBe(message);
    }
    await field.fill('3');
    await field.press('Tab');
    await saveScreenshots(page, 'options-error', 'nl');

    await page.reload();
    expect(await page.getByLabel('Tijd tussen pauzes (minuten)').inputValue()).toBe(before);
    expect((await getPauseAlarm(extension()))?.scheduledTime).toBe(alarmBefore?.scheduledTime);
  });
});

describe('choosing a language in a Dutch browser', () => {
  const extension = useExtension('nl');

  it('speaks English at once: this page, and the popup from then on', async () => {
    const page = await extension().openPage('options.html');
    await page.getByLabel('Taal').selectOption('en');
    await page.getByLabel('Time between pauses (minutes)').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    const popup = await extension().openPage(await extension().getPopupPath());
    await popup.getByRole('button', { name: 'Another one' }).waitFor();
    expect(await popup.locator('html').getAttribute('lang')).toBe('en');

    await page.getByLabel('Language').selectOption('auto');
    await page.getByLabel('Tijd tussen pauzes (minuten)').waitFor();
    expect(await extension().getPopupPath()).toMatch(/^popup\.html\?card=/);
  });
});

describe('the options page in an English browser', () => {
  const extension = useExtension('en');

  it('speaks English and explains a refusal in English', async () => {
    const page = await extension().openPage('options.html');
    const field = page.getByLabel('Time between pauses (minutes)');
    expect(await field.inputValue()).toBe('30');
    await saveScreenshots(page, 'options', 'en');
    await field.fill('4');
    await field.press('Tab');
    await page.getByText('At least 5 minutes.').waitFor();
    await saveScreenshots(page, 'options-error', 'en');
  });
});

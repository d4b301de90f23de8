import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type LaunchedExtension, launchExtension } from '../e2e/extension';
import { writeRecord } from '../e2e/worker';

// The journal with a long history: 5,000 pauses taken, each with a note of a few sentences, and
// 200 small steps. It shows 50 entries at a time ("Oudere tonen" adds 50), so opening, searching
// and scrolling stay quick however long the history grows. Printed, not held to a time: machines
// are noisy; the figures are for a person to read.

const ENTRIES = 5000;
const STEPS = 200;
const RUNS = 7;
const HOUR_MS = 3_600_000;

let extension: LaunchedExtension;

beforeAll(async () => {
  extension = await launchExtension({ language: 'nl' });
  const nowMs = Date.now();
  const note = (index: number) =>
    `Pauze ${index}: ik merkte dat ik me wilde verstoppen, en zei toch wat ik dacht. ` +
    'Het voelde spannend, en daarna lichter. Morgen probeer ik het opnieuw, met iemand die ik vertrouw.';
  await writeRecord(extension, 'pause-log', {
    schemaVersion: 1,
    entries: Array.from({ length: ENTRIES }, (_, index) => ({
      outcome: 'taken',
      atMs: nowMs - (ENTRIES - index) * HOUR_MS,
      cardId: 'step-start-small',
      note: note(index),
      startedAtMs: nowMs - (ENTRIES - index) * HOUR_MS - 60_000,
    })),
  });
  await writeRecord(extension, 'intentions', {
    schemaVersion: 1,
    intentions: Array.from({ length: STEPS }, (_, index) => ({
      id: `step-${index}`,
      cardId: 'step-start-small',
      words: `met collega ${index}`,
      committedAtMs: nowMs - (STEPS - index) * 24 * HOUR_MS,
      lookBackAtMs: nowMs - (STEPS - index) * 24 * HOUR_MS + HOUR_MS,
      status: 'done',
      answeredAtMs: nowMs - (STEPS - index) * 24 * HOUR_MS + 2 * HOUR_MS,
      answers: { felt: 'Spannend.', reactions: 'Warm.', innerSteps: 'Ik bleef.' },
    })),
  });
});

afterAll(() => extension?.close());

/** The median of `values`. */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Milliseconds from an action in the page to the second frame after it (its result painted). */
function timeToPaint(page: Page, action: string): Promise<number> {
  return page.evaluate(async (script) => {
    const startMs = performance.now();
    new Function(script)();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - startMs;
  }, action);
}

it(`opens, pages, searches and scrolls a journal of ${ENTRIES} entries`, async () => {
  const opened: number[] = [];
  const older: number[] = [];
  const searched: number[] = [];
  const longTasks: number[] = [];
  let nodes = 0;
  let shown = 0;
  for (let run = 0; run <= RUNS; run++) {
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${extension.extensionId}/journal.html`);
    await page.locator('.entry').first().waitFor();
    // From the start of navigation to the first entries painted (their largest paint).
    const lcp = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          new PerformanceObserver((list) =>
            resolve(list.getEntries().at(-1)?.startTime ?? 0),
          ).observe({
            type: 'largest-contentful-paint',
            buffered: true,
          }),
        ),
    );
    shown = await page.locator('.entry').count();
    nodes = await page.evaluate(() => document.querySelectorAll('*').length);
    await page.evaluate(() => {
      (window as unknown as { longTasks: number }).longTasks = 0;
      new PerformanceObserver((list) => {
        (window as unknown as { longTasks: number }).longTasks += list.getEntries().length;
      }).observe({ type: 'longtask' });
    });
    // Scroll the whole first page down and back, a screen at a time.
    for (let step = 0; step < 40; step++) await page.mouse.wheel(0, 600);
    for (let step = 0; step < 40; step++) await page.mouse.wheel(0, -600);
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: number }).longTasks);
    const olderMs = await timeToPaint(
      page,
      "[...document.querySelectorAll('button')].find((b) => b.textContent === 'Oudere tonen').click()",
    );
    const searchMs = await timeToPaint(
      page,
      "const input = document.querySelector('#journal-search'); input.value = 'verstoppen morgen'; input.dispatchEvent(new Event('input', { bubbles: true }));",
    );
    await page.close();
    if (run === 0) continue; // the warm-up
    opened.push(lcp);
    older.push(olderMs);
    searched.push(searchMs);
    longTasks.push(tasks);
  }
  console.log(
    [
      `journal of ${ENTRIES} pauses with notes and ${STEPS} steps, median of ${RUNS} opens:`,
      `  first entries painted (LCP)   ${median(opened).toFixed(1)} ms`,
      `  "Oudere tonen" (50 more)       ${median(older).toFixed(1)} ms`,
      `  a search through every note    ${median(searched).toFixed(1)} ms`,
      `  long tasks while scrolling     ${median(longTasks)}`,
      `  entries shown, DOM elements    ${shown}, ${nodes}`,
    ].join('\n'),
  );
  expect(shown).toBe(50);
});

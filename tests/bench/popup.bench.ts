import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@wxt-dev/browser';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import { cards as nlCards } from '@/assets/content/nl';
import type { Card } from '@/utils/core/card';
import { hiddenCardsRecord } from '@/utils/store/deck-store';
import { LANGUAGES, popupBytesAtOpen } from '../build/built-files';
import { EXTENSION_DIR } from '../e2e/chromium-path';
import { type LaunchedExtension, launchExtension } from '../e2e/extension';
import { waitFor } from '../e2e/wait';
import {
  ALWAYS_ACTIVE,
  makePauseDueSoon,
  setPreferences,
  stopWorkers,
  waitForReservedPopupPath,
  writeRecord,
} from '../e2e/worker';

// The popup and the worker, measured in one Chromium and printed as one table at the end: the
// popup's paint beside a static page's, its bytes, its JS heap beside a static page's, and how
// long a stopped worker takes from its alarm to the notification. Only the paint ratio is held to
// a bound here (the product rule: "The popup paints its card within 1.10× the time a static HTML
// page with the same text takes", as the median largest-contentful-paint of alternating loads),
// with the article's cards and with an own card, whose words come in the popup's address. The
// bytes are held by the budget test in `npm test`; the rest is for a person to read.
//
// BENCH_CPU_HOG=n runs n busy processes beside the browser while the paint is measured, as on a
// machine busy with other work. BENCH_RUNS sets the loads of each page (201 by default: one load
// varies by about 20 ms here, and medians of 61 loads moved the ratio by ±0.05 from run to run).

const MAX_RATIO = 1.1;
const MIN_RUNS = 21;
const RUNS = Math.max(MIN_RUNS, Number.parseInt(process.env.BENCH_RUNS ?? '201', 10) || 201);
const CPU_HOGS = Math.max(0, Number.parseInt(process.env.BENCH_CPU_HOG ?? '0', 10) || 0);
const VIEWPORT = { width: 360, height: 600 };
const LCP_TIMEOUT_MS = 10_000;
/** Time for one paint test: up to a second a load, on a machine as busy as it gets. */
const PAINT_TIMEOUT_MS = 60_000 + RUNS * 2 * 1_000;
const STATIC_PAGE = 'bench-static.html';
const STATIC_STYLES = 'bench-static.css';

// Functions passed to `page.evaluate` run inside the extension, where `chrome` is its API.
declare const chrome: typeof Browser;

/** How many times a stopped worker is woken by its alarm, and how many opens the heap takes. */
const COLD_STARTS = 15;
const HEAP_OPENS = 7;

type PageKind = 'popup' | 'static';

/** The table printed at the end: what was measured, and its figure. */
const table: [string, string][] = [];

let buildCopy: string;
let extension: LaunchedExtension;

beforeAll(async () => {
  // The static page is served from the extension itself, like the popup, so both go through the
  // same chrome-extension:// loader; it is written into a copy so .output stays the real build.
  buildCopy = await mkdtemp(join(tmpdir(), 'moedpauze-bench-'));
  await cp(EXTENSION_DIR, buildCopy, { recursive: true });
  extension = await launchExtension({ language: 'nl', extensionDir: buildCopy });
});

/** Processes that keep the CPU busy while the paint is measured (BENCH_CPU_HOG). */
let hogs: ChildProcess[] = [];

function startHogs(): void {
  hogs = Array.from({ length: CPU_HOGS }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
}

function stopHogs(): void {
  for (const hog of hogs) hog.kill();
  hogs = [];
}

afterAll(async () => {
  stopHogs();
  const background = gzipSync(readFileSync(join(EXTENSION_DIR, 'background.js')), { level: 9 });
  for (const language of LANGUAGES) {
    table.push([`popup bytes at open, ${language} (gzip)`, `${popupBytesAtOpen(language)} B`]);
  }
  table.push(['background bytes (gzip)', `${background.length} B`]);
  const width = Math.max(...table.map(([what]) => what.length));
  console.log(table.map(([what, figure]) => `${what.padEnd(width)}  ${figure}`).join('\n'));
  await extension?.close();
  if (buildCopy) await rm(buildCopy, { recursive: true, force: true });
});

/** Opens a fresh tab at the popup's size on one of the extension's pages. */
async function openSized(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(`chrome-extension://${extension.extensionId}/${path}`);
  await page.locator('main').waitFor();
  return page;
}

/**
 * The popup's built HTML with its scripts removed, the popup's markup as it painted put in their
 * place, and its styles as a stylesheet: the same page as a static page is made, with nothing
 * left to run.
 */
function staticHtml(popupHtml: string, appMarkup: string, language: string): string {
  return popupHtml
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '')
    .replace(/<link\b[^>]*rel=["']?modulepreload["']?[^>]*>\s*/gi, '')
    .replace('</head>', `<link rel="stylesheet" href="/${STATIC_STYLES}">\n  </head>`)
    .replace(/<html lang="[^"]*"/, `<html lang="${language}"`)
    .replace('<div id="app"></div>', `<div id="app">${appMarkup}</div>`);
}

/** Writes the static twin of the popup as it renders on its first open. */
async function writeStaticTwin(): Promise<void> {
  const popup = await openSized(extension.context, await waitForReservedPopupPath(extension));
  const appMarkup = await popup.locator('#app').innerHTML();
  const language = (await popup.locator('html').getAttribute('lang')) ?? 'nl';
  // The styles the popup's first script gave it (the popup has no stylesheet of its own).
  const styles = await popup.evaluate(() =>
    [...document.querySelectorAll('style')].map((style) => style.textContent),
  );
  await popup.close();
  if (styles.length === 0) throw new Error('The popup showed without styles to copy');
  await writeFile(join(buildCopy, STATIC_STYLES), styles.join('\n'));
  const popupHtml = await readFile(join(buildCopy, 'popup.html'), 'utf8');
  // A renamed mount point would otherwise give an empty page and a vague timeout later.
  if (!popupHtml.includes('<div id="app"></div>')) {
    throw new Error('popup.html has no empty <div id="app"></div> to fill the static page into');
  }
  // Same head as the popup (its meta tags) and the same styles, so fonts and layout match.
  await writeFile(join(buildCopy, STATIC_PAGE), staticHtml(popupHtml, appMarkup, language));
}

/** Waits in the page for its largest-contentful-paint and returns its start time in ms. */
function readLcp(timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no largest-contentful-paint entry within ${timeoutMs} ms`)),
      timeoutMs,
    );
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1);
      if (!last) return;
      clearTimeout(timer);
      resolve(last.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

/**
 * Loads one page fresh in `tab` and returns its LCP. Every load is a new document in the same
 * tab, in the extension's one process as a popup is: a new tab for each load added the browser's
 * work of making a tab to every figure, and half again to how much one load varies.
 */
async function measure(tab: Page, kind: PageKind): Promise<number> {
  // Asked before either page, so both loads follow the same call to the worker.
  const reserved = await waitForReservedPopupPath(extension);
  const path = kind === 'popup' ? reserved : STATIC_PAGE;
  await tab.goto(`chrome-extension://${extension.extensionId}/${path}`);
  return await tab.evaluate(readLcp, LCP_TIMEOUT_MS).catch((error: unknown) => {
    throw new Error(`The ${kind} page reported ${String(error)}`);
  });
}

/** The q-quantile of `values`, interpolating between neighbours. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = sorted[Math.floor(position)] ?? Number.NaN;
  const above = sorted[Math.ceil(position)] ?? Number.NaN;
  return below + (above - below) * (position - Math.floor(position));
}

/** One row of the table: median, p25 and p75 in ms. */
function row(kind: PageKind, values: number[]): string {
  const cells = [0.5, 0.25, 0.75].map((q) => quantile(values, q).toFixed(1).padStart(8));
  return `${kind.padEnd(8)}${cells.join('')}`;
}

/** An own card of the user's, about as long as the article's: only own cards are drawn after. */
async function drawOnlyAnOwnCard(): Promise<void> {
  await writeRecord(extension, 'own-cards', {
    schemaVersion: 1,
    cards: [
      {
        id: 'own-bench',
        kind: 'quote',
        text: 'Ik hoef niet alles alleen te dragen; vragen om hulp is ook een vorm van moed.',
        writtenAtMs: 1_750_000_000_000,
      },
    ],
  });
  // The worker hears of it, and reserves the own card for the next opening.
  await setPreferences(extension, { cardSource: 'own' });
}

/** The article's card every popup shows: the deck's first quote, of one to two lines. */
const ARTICLE_CARD = nlCards.find((card) => card.kind === 'quote') as Card;

/** One of the article's cards, the others hidden: every open shows it, as the static page does. */
async function drawOnlyAnArticleCard(): Promise<void> {
  const others = nlCards.filter((card) => card.id !== ARTICLE_CARD.id).map((card) => card.id);
  await writeRecord(extension, hiddenCardsRecord.key, others);
  // The worker hears of a change of source, and reserves that card for the next opening.
  await setPreferences(extension, { cardSource: 'article' });
}

it.each([
  ['one of the article’s cards', drawOnlyAnArticleCard, ARTICLE_CARD.id],
  ['an own card', drawOnlyAnOwnCard, 'own-bench'],
])(
  `paints the popup within ${MAX_RATIO}× the LCP of a static page with the same text, with %s`,
  async (_name, prepare, cardId) => {
    // Only one card can be drawn, so every open of the popup shows the card of the static page:
    // a longer or shorter card in one load would be measured, not the popup.
    await prepare();
    await waitFor(async () => (await waitForReservedPopupPath(extension)).includes(cardId), {
      what: `the popup reserved with ${cardId}`,
    });
    await writeStaticTwin();
    const times: Record<PageKind, number[]> = { popup: [], static: [] };
    const tab = await openSized(extension.context, STATIC_PAGE);
    onTestFinished(() => tab.close());
    startHogs();
    onTestFinished(stopHogs);
    // Round 0 is the warm-up pair (first loads fill caches and compile code) and is discarded.
    for (let round = 0; round <= RUNS; round++) {
      // Alternate which page goes first, so neither always profits from the other's warm-up.
      const order: PageKind[] = round % 2 === 0 ? ['popup', 'static'] : ['static', 'popup'];
      for (const kind of order) {
        const lcp = await measure(tab, kind);
        if (round > 0) times[kind].push(lcp);
      }
    }
    const popup = quantile(times.popup, 0.5);
    const still = quantile(times.static, 0.5);
    const ratio = popup / still;
    table.push([
      `paint ratio, ${cardId === ARTICLE_CARD.id ? 'article card' : 'own card'} (LCP popup/static${CPU_HOGS ? `, beside ${CPU_HOGS} busy processes` : ''})`,
      `${ratio.toFixed(2)} (${popup.toFixed(0)} / ${still.toFixed(0)} ms, median of ${RUNS})`,
    ]);
    console.log(
      [
        `${'LCP ms'.padEnd(8)}${['median', 'p25', 'p75'].map((h) => h.padStart(8)).join('')}`,
        row('popup', times.popup),
        row('static', times.static),
        `popup/static LCP ratio: ${ratio.toFixed(2)} (popup ${popup.toFixed(1)} ms, static ` +
          `${still.toFixed(1)} ms, median of ${RUNS} loads each)`,
      ].join('\n'),
    );
    expect(ratio, 'the popup paints too late compared with a static page').toBeLessThanOrEqual(
      MAX_RATIO,
    );
  },
  PAINT_TIMEOUT_MS,
);

/** The JS heap in use on a page once it has painted, after a garbage collection, in bytes. */
async function heapAfterOpen(kind: PageKind): Promise<number> {
  const path = kind === 'popup' ? await waitForReservedPopupPath(extension) : STATIC_PAGE;
  const page = await openSized(extension.context, path);
  try {
    await page.evaluate(readLcp, LCP_TIMEOUT_MS);
    const cdp = await extension.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize;
  } finally {
    await page.close();
  }
}

it('reports the JS heap after the popup opens, beside the static page', async () => {
  const heaps: Record<PageKind, number[]> = { popup: [], static: [] };
  for (let open = 0; open < HEAP_OPENS; open++) {
    for (const kind of ['popup', 'static'] as const) heaps[kind].push(await heapAfterOpen(kind));
  }
  const kb = (kind: PageKind) => `${(quantile(heaps[kind], 0.5) / 1024).toFixed(0)} KB`;
  table.push(['JS heap after open, popup', `${kb('popup')} (median of ${HEAP_OPENS})`]);
  table.push(['JS heap after open, static page', kb('static')]);
  expect(quantile(heaps.popup, 0.5)).toBeGreaterThan(0);
});

it('wakes a stopped worker for its alarm, and times it to the notification', async () => {
  await setPreferences(extension, ALWAYS_ACTIVE);
  // One page stays open to set the pause and watch for its notification: reading through it
  // wakes no worker, so the alarm alone starts one.
  const page = await extension.openPage('options.html');
  const coldMs: number[] = [];
  // Each start is a cold one: the browser reports the worker stopped, then starting again.
  let workersStarted = 0;
  let lastStatus = '';
  const cdp = await extension.context.newCDPSession(page);
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const { runningStatus } of versions) {
      if (runningStatus === 'starting' && lastStatus === 'stopped') workersStarted++;
      lastStatus = runningStatus;
    }
  });
  await cdp.send('ServiceWorker.enable');
  // Start 0 warms the browser's caches and is not counted.
  for (let start = 0; start <= COLD_STARTS; start++) {
    await page.evaluate(() => chrome.notifications.clear('pause'));
    await stopWorkers(extension, page);
    const dueMs = await makePauseDueSoon(extension, 1_000, 30, page);
    const shownAtMs = await page.evaluate(async () => {
      for (;;) {
        if ('pause' in (await chrome.notifications.getAll())) return Date.now();
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    });
    if (start > 0) coldMs.push(shownAtMs - dueMs);
  }
  await cdp.detach();
  await page.close();
  table.push([
    'stopped worker: alarm to notification',
    `${quantile(coldMs, 0.5).toFixed(0)} ms (median of ${COLD_STARTS}; p25 ${quantile(coldMs, 0.25).toFixed(0)}, p75 ${quantile(coldMs, 0.75).toFixed(0)})`,
  ]);
  expect(coldMs).toHaveLength(COLD_STARTS);
  expect(workersStarted).toBeGreaterThanOrEqual(COLD_STARTS + 1);
});

import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cards as enCards } from '@/assets/content/en';
import { cards as nlCards } from '@/assets/content/nl';
import { getPopupPath } from '@/utils/core/addresses';
import { findCard } from '@/utils/core/deck';
import { type Language, useExtension } from './extension';
import { ALWAYS_ACTIVE, readRecord, setPreferences, writeRecord } from './worker';

// The store screenshots: the real extension, 1280×800, in Dutch and in English, light. Made by
// `npm run screenshots` (and in `npm test`) into .output/store-screenshots/, ready to upload.

const STORE_DIR = resolve('.output/store-screenshots');
const STORE_SIZE = { width: 1280, height: 800 };

/** The listing's short description, the caption beside the popup. */
function readShortDescription(language: Language): string {
  const listing = readFileSync(`assets/store/listing-${language}.md`, 'utf8');
  const afterHeading = listing.split(/^## .*$/m)[1] ?? '';
  return afterHeading.trim().split('\n')[0] ?? '';
}

/** The card the popup's screenshot shows, in each language, carried in its address. */
const POPUP_CARD_ID = 'quote-seen-as-weakness';
const popupCard = (language: Language) => {
  const card = findCard(language === 'nl' ? nlCards : enCards, POPUP_CARD_ID);
  if (!card || card.kind === 'reframe') throw new Error(`No line ${POPUP_CARD_ID} in the deck`);
  return card;
};

/** What a person wrote, in their language: the journal of the screenshots. */
const WRITTEN = {
  nl: {
    notes: [
      'Ik zei in het overleg dat ik het niet wist. Niemand keek raar op, en we zochten het samen uit.',
      'Eén ding: vragen om hulp. En dat mocht.',
    ],
    stepWords: 'met Sanne, na de lunch',
    answers: {
      felt: 'Spannend, en daarna licht.',
      reactions: 'Ze vertelde iets terug over zichzelf.',
      innerSteps: 'Ik hoef niet alles alleen te dragen.',
    },
  },
  en: {
    notes: [
      'I said in the meeting that I did not know. Nobody minded, and we worked it out together.',
      'One thing: asking for help. And that was fine.',
    ],
    stepWords: 'with Sam, after lunch',
    answers: {
      felt: 'Nervous, then lighter.',
      reactions: 'She told me something about herself in return.',
      innerSteps: 'I do not have to carry everything alone.',
    },
  },
} as const;

/** A few days of pauses with notes and a small step tried, at daytime hours before today. */
function seedJournal(language: Language, nowMs: number) {
  const written = WRITTEN[language];
  const midnight = new Date(nowMs);
  midnight.setHours(0, 0, 0, 0);
  const at = (daysAgo: number, hours: number, minutes: number) =>
    new Date(midnight).setDate(midnight.getDate() - daysAgo) + (hours * 60 + minutes) * 60_000;
  const history = {
    schemaVersion: 1,
    entries: [
      { outcome: 'taken', atMs: at(2, 11, 5), cardId: 'quote-human-and-sincere', note: '' },
      {
        outcome: 'taken',
        atMs: at(1, 10, 40),
        cardId: 'question-where-do-i-show',
        note: written.notes[0],
      },
      {
        outcome: 'taken',
        atMs: at(1, 15, 20),
        cardId: 'reframe-i-seem-weak',
        note: written.notes[1],
      },
    ],
  };
  const intentions = {
    schemaVersion: 1,
    intentions: [
      {
        id: 'store-step-done',
        cardId: 'step-start-small',
        words: written.stepWords,
        committedAtMs: at(2, 11, 6),
        lookBackAtMs: at(1, 9, 0),
        status: 'done',
        answeredAtMs: at(1, 13, 45),
        answers: written.answers,
      },
    ],
  };
  return { history, intentions };
}

/** Saves the page as it is, at the store's size, and checks the file is that size. */
async function saveStoreScreenshot(page: Page, name: string, language: Language) {
  await mkdir(STORE_DIR, { recursive: true });
  const path = join(STORE_DIR, `${name}-${language}.png`);
  const png = await page.screenshot({ path });
  // A PNG's width and height stand in its header, at bytes 16 and 20.
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(STORE_SIZE);
}

describe.each(['nl', 'en'] as const)('store screenshots in %s', (language: Language) => {
  const extension = useExtension(language);

  it('shows the popup with a line from the article, beside the short description', async () => {
    await setPreferences(extension(), ALWAYS_ACTIVE);
    const page = await extension().openPage('options.html');
    await page.setViewportSize(STORE_SIZE);
    await page.emulateMedia({ colorScheme: 'light' });
    // The popup, as it is, in a frame on a plain page of the extension's own colours.
    await page.setContent(`<!doctype html>
      <html lang="${language}"><body style="margin:0;height:800px;display:flex;align-items:center;
        justify-content:center;gap:72px;background:#efe9df;font-family:system-ui,sans-serif;color:#1d2b28">
        <div style="max-width:420px">
          <p style="font:700 44px/1.15 Georgia,serif;margin:0 0 20px">Moedpauze</p>
          <p style="font-size:22px;line-height:1.45;margin:0">${readShortDescription(language)}</p>
        </div>
        <iframe title="Moedpauze" src="${getPopupPath(language, popupCard(language)).slice(1)}" style="width:360px;height:600px;
          border:0;border-radius:12px;box-shadow:0 12px 40px rgba(29,43,40,.22);background:#fff"></iframe>
      </body></html>`);
    const popup = page.frameLocator('iframe');
    await popup.locator('.card-text').waitFor();
    // The card asked for is the one shown, not one drawn at random.
    expect(await popup.locator('.card-text').textContent()).toContain(popupCard(language).text);
    const heightPx = await popup
      .locator('body')
      .evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    await page.locator('iframe').evaluate((frame, height) => {
      (frame as HTMLIFrameElement).style.height = `${height}px`;
    }, heightPx);
    await saveStoreScreenshot(page, '1-popup', language);
    await page.close();
  });

  it('shows the pause page with its breathing guide', async () => {
    // A pause announced with a line from the article, as the background stores it.
    const stored = (await readRecord(extension(), 'pause-state')) as { state: object };
    const phase = { kind: 'delivered', dueAtMs: Date.now(), cardId: 'quote-human-and-sincere' };
    await writeRecord(extension(), 'pause-state', { ...stored, state: { ...stored.state, phase } });
    const { clock } = extension().context;
    await clock.install({ time: Date.now() });
    await clock.pauseAt(Date.now() + 1000);
    const page = await extension().openPage('pause.html');
    await page.setViewportSize(STORE_SIZE);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.locator('.pause-question').waitFor();
    await saveStoreScreenshot(page, '2-pause', language);
    await page.close();
    await clock.resume();
  });

  it('shows the journal: notes read back, and a small step with how it went', async () => {
    const page = await extension().openPage('journal.html');
    const { history, intentions } = seedJournal(language, Date.now());
    await writeRecord(extension(), 'pause-log', history, page);
    await writeRecord(extension(), 'intentions', intentions, page);
    expect(await readRecord(extension(), 'intentions', page)).toEqual(intentions);
    await page.reload();
    await page.setViewportSize(STORE_SIZE);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByText(WRITTEN[language].notes[1]).waitFor();
    // The entries, from the first day on, rather than the search above them.
    await page
      .locator('main h2')
      .first()
      .evaluate((day) => {
        window.scrollTo(0, day.getBoundingClientRect().top + window.scrollY - 32);
      });
    await saveStoreScreenshot(page, '3-journal', language);
    await page.close();
  });

  it('shows the settings, as they are at first', async () => {
    await setPreferences(extension(), {});
    const page = await extension().openPage('options.html');
    await page.setViewportSize(STORE_SIZE);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.locator('input').first().waitFor();
    await saveStoreScreenshot(page, '4-settings', language);
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import { findAxeViolations } from './axe';
import { type Language, saveScreenshots, useExtension } from './extension';
import {
  ALWAYS_ACTIVE,
  readRecord,
  setPreferences,
  waitForReservedPopupPath,
  writeRecord,
} from './worker';

const TEXT = {
  nl: {
    pauseHeading: 'Een korte pauze',
    tryStep: 'Dit ga ik proberen',
    words: 'Met wie, of hoe? (mag leeg blijven)',
    laterToday: 'Later vandaag',
    save: 'Bewaren',
    // Two hours on, in hours that never end: today, or tomorrow late in the evening.
    committed:
      /^Bewaard\. Bij een pauze vanaf (vandaag|morgen) om \d\d:\d\d vraagt Moedpauze hoe het ging\.$/,
    committedTomorrow:
      'Bewaard. Bij een pauze vanaf morgen om 00:00 vraagt Moedpauze hoe het ging.',
    mention: 'Je probeert een kleine stap.',
    followUp: 'Hoe ging het?',
    done: 'Gedaan',
    felt: 'Hoe voelde het om open te zijn?',
    reactions: 'Wat waren de reacties?',
    innerSteps: 'Welke innerlijke stappen heb je gezet?',
    saveAnswers: 'Bewaar in je terugblik',
    answered: 'Bewaard in je terugblik.',
    journal: 'Terugblik',
    steps: 'Kleine stappen',
    ownWords: 'met mijn collega Sam, bij de koffie',
    answers: ['Eerst spannend, daarna licht.', 'Sam vertelde iets terug.', 'Ik bleef bij mezelf.'],
  },
  en: {
    pauseHeading: 'A short pause',
    tryStep: "I'll try this",
    words: 'With whom, or how? (optional)',
    laterToday: 'Later today',
    save: 'Save',
    committed:
      /^Saved\. At a pause from (today|tomorrow) at \d{1,2}:\d\d\s[AP]M, Moedpauze will ask how it went\.$/,
    committedTomorrow:
      /^Saved\. At a pause from tomorrow at 12:00\sAM, Moedpauze will ask how it went\.$/,
    mention: "You're trying a small step.",
    followUp: 'How did it go?',
    done: 'I did it',
    felt: 'How did it feel to be open?',
    reactions: 'What were the reactions?',
    innerSteps: 'What inner steps did you take?',
    saveAnswers: 'Save in Looking back',
    answered: 'Saved in Looking back.',
    journal: 'Looking back',
    steps: 'Small steps',
    ownWords: 'with my colleague Sam, over coffee',
    answers: ['Tense at first, then light.', 'Sam shared something back.', 'I stayed with myself.'],
  },
} as const;

interface StoredSteps {
  intentions: { id: string; status: string; words: string; lookBackAtMs: number }[];
}

describe.each(['nl', 'en'] as const)(
  'a small step, tried and followed up, in %s',
  (language: Language) => {
    const extension = useExtension(language);
    const text = TEXT[language];

    it("is chosen on a step card of the pause page, with the user's words", async () => {
      // Only step cards, at any hour: the pause's card is a step, and a follow-up may come now.
      await setPreferences(extension(), { ...ALWAYS_ACTIVE, enabledKinds: ['step'] });
      const pause = await extension().openPage('pause.html');
      await pause.getByRole('heading', { level: 1, name: text.pauseHeading }).waitFor();
      await pause.getByRole('button', { name: text.tryStep }).click();
      await pause.getByLabel(text.words).fill(text.ownWords);
      await pause.getByRole('radio', { name: text.laterToday }).check();
      await saveScreenshots(pause, 'pause-step-commit', language);
      expect(await findAxeViolations(pause)).toEqual({ light: [], dark: [] });
      await pause.getByRole('button', { name: text.save }).click();
      await pause.getByText(text.committed).waitFor();
      const stored = (await readRecord(extension(), 'intentions', pause)) as StoredSteps;
      expect(stored.intentions).toHaveLength(1);
      expect(stored.intentions[0]).toMatchObject({ status: 'open', words: text.ownWords });
      expect(stored.intentions[0]?.lookBackAtMs).toBeGreaterThan(Date.now() + 60 * 60_000);
      await pause.close();
    });

    it('is mentioned, quietly, in the popup', async () => {
      const popup = await extension().openPage(await waitForReservedPopupPath(extension()));
      await popup.getByText(text.mention).waitFor();
      await popup.close();
    });

    it('is followed up at the first pause from its moment, and read back in the journal', async () => {
      // The look-back brought forward, as if the hours had passed.
      const stored = (await readRecord(extension(), 'intentions')) as StoredSteps;
      const [step] = stored.intentions;
      await writeRecord(extension(), 'intentions', {
        ...stored,
        intentions: [{ ...step, lookBackAtMs: Date.now() - 1000 }],
      });
      const pause = await extension().openPage('pause.html');
      await pause.getByRole('heading', { level: 2, name: text.followUp }).waitFor();
      expect(await pause.getByRole('heading', { level: 2, name: text.followUp }).count()).toBe(1);
      await pause.getByText(text.ownWords).waitFor();
      await pause.getByRole('button', { name: text.done, exact: true }).click();
      await pause.getByLabel(text.felt).fill(text.answers[0]);
      await pause.getByLabel(text.reactions).fill(text.answers[1]);
      await pause.getByLabel(text.innerSteps).fill(text.answers[2]);
      await saveScreenshots(pause, 'pause-follow-up', language);
      expect(await findAxeViolations(pause)).toEqual({ light: [], dark: [] });
      await pause.getByRole('button', { name: text.saveAnswers }).click();
      await pause.getByText(text.answered).waitFor();
      const answered = (await readRecord(extension(), 'intentions', pause)) as StoredSteps;
      expect(answered.intentions[0]).toMatchObject({ id: step?.id, status: 'done' });
      await pause.close();

      const journal = await extension().openPage('journal.html');
      await journal.getByRole('heading', { level: 1, name: text.journal }).waitFor();
      await journal.getByRole('radio', { name: text.steps }).check();
      const entry = journal.getByRole('article');
      expect(await entry.count()).toBe(1);
      for (const answer of text.answers) await entry.getByText(answer).waitFor();
      await entry.getByText(text.ownWords, { exact: false }).waitFor();
      expect(await findAxeViolations(journal)).toEqual({ light: [], dark: [] });
      await saveScreenshots(journal, 'journal-steps', language);
      await journal.close();
    });

    it('is chosen in the popup too, its form loaded only then', async () => {
      const popup = await extension().openPage(await waitForReservedPopupPath(extension()));
      await popup.locator('.card-kind').waitFor();
      // The form's code is fetched when the step is chosen, not before (the budget test holds the
      // rest: none of it is in what the popup loads when it opens).
      const fetched: string[] = [];
      popup.on('request', (request) => fetched.push(request.url()));
      await popup.getByRole('button', { name: text.tryStep }).click();
      await popup.getByLabel(text.words).fill(text.ownWords);
      expect(
        fetched.some((url) => /\/try-step-[\w-]+\.js$/.test(url)),
        fetched.join('\n'),
      ).toBe(true);
      await popup.getByRole('button', { name: text.save }).click();
      await popup.getByText(text.committedTomorrow).waitFor();
      expect(await findAxeViolations(popup)).toEqual({ light: [], dark: [] });
      await saveScreenshots(popup, 'popup-step-commit', language);
      const stored = (await readRecord(extension(), 'intentions', popup)) as StoredSteps;
      expect(stored.intentions.filter((each) => each.status === 'open')).toHaveLength(1);
      await popup.close();
    });

    it('asks no follow-up once answered', async () => {
      const pause = await extension().openPage('pause.html');
      await pause.getByRole('heading', { level: 1, name: text.pauseHeading }).waitFor();
      await pause.getByRole('button', { name: text.tryStep }).waitFor();
      expect(await pause.getByRole('heading', { name: text.followUp }).count()).toBe(0);
      await pause.close();
    });
  },
);

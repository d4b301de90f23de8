import { describe, expect, it } from 'vitest';
import { journalMessages as journalEn } from '@/assets/i18n/journal-en';
import { journalMessages as journalNl } from '@/assets/i18n/journal-nl';
import { stepMessages as stepsEn } from '@/assets/i18n/steps-en';
import { stepMessages as stepsNl } from '@/assets/i18n/steps-nl';

describe('a fourth open step, declined', () => {
  it.each([
    [
      'Dutch',
      stepsNl,
      journalNl,
      'Je probeert er al drie. Kijk eerst op een ervan terug bij een pauze, of laat er een gaan met Laat maar in je terugblik.',
    ],
    [
      'English',
      stepsEn,
      journalEn,
      'You are already trying three. Look back on one of them at a pause first, or let one go with Let it go in Looking back.',
    ],
  ])('names in %s the button the journal offers for it', (_name, steps, journal, said) => {
    expect(steps.commitProblems.tooManyOpen).toBe(said);
    expect(said).toContain(` ${journal.letGoStep} `);
  });
});

describe("the journal's way to let an open step go", () => {
  it.each([
    ['Dutch', journalNl, 'Laat maar', 'Je laat deze stap gaan.'],
    ['English', journalEn, 'Let it go', 'You let this step go.'],
  ])('has a button and, once done, a kind status in %s', (_name, journal, button, status) => {
    expect(journal.letGoStep).toBe(button);
    expect(journal.stepLetGoSaved).toBe(status);
  });
});

import { describe, expect, it } from 'vitest';
import { messages as en } from '@/assets/i18n/en';
import { messages as nl } from '@/assets/i18n/nl';
import { type DataSummary, describeConfirmation } from '@/entrypoints/options/confirmation';

const summary = (ownCards: number, steps: number): DataSummary => ({
  pauses: 2,
  notes: 1,
  hiddenCards: 1,
  ownCards,
  steps,
});

describe('the import question', () => {
  it.each([
    [nl, 0, 0, ''],
    [nl, 0, 1, ' Er zit 1 kleine stap in; staat die hier nog niet, dan komt hij erbij.'],
    [
      nl,
      1,
      3,
      ' Er zit 1 eigen kaart in; staat die hier nog niet, dan komt hij erbij. Er zitten 3 kleine stappen in; die hier nog niet staan, komen erbij.',
    ],
    [en, 0, 1, ' It holds 1 small step; if it is not here yet, it will be added.'],
    [en, 0, 2, ' It holds 2 small steps; those not here yet will be added.'],
  ])(
    'names the own cards and small steps a file brings, only when some (%#)',
    (words, ownCards, steps, after) => {
      const { text } = describeConfirmation(
        { kind: 'import', bytes: new Uint8Array(), summary: summary(ownCards, steps) },
        words,
      );
      expect(text).toBe(`${words.importConfirmText(2, 1, 1)}${after}`);
    },
  );
});

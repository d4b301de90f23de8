import { describe, expect, it } from 'vitest';
import type { Intention } from '@/utils/core/intentions';
import { sanitizeIntentions, toStoredIntentions } from '@/utils/core/stored-intentions';

const DONE: Intention = {
  id: 'step-a',
  cardId: 'step-start-small',
  stepText: '',
  words: 'met Sam',
  committedAtMs: 1_000,
  lookBackAtMs: 2_000,
  status: 'done',
  answeredAtMs: 3_000,
  answers: { felt: 'Spannend.', reactions: 'Warm.', innerSteps: 'Ik bleef.' },
};
const OPEN: Intention = {
  id: 'step-b',
  cardId: 'step-start-small',
  stepText: '',
  words: '',
  committedAtMs: 5,
  lookBackAtMs: 6,
  status: 'open',
};

describe('stored small steps, read field by field', () => {
  it('reads back what was stored', () => {
    expect(sanitizeIntentions(toStoredIntentions([DONE, OPEN]))).toEqual([DONE, OPEN]);
    expect(sanitizeIntentions([OPEN])).toEqual([OPEN]);
  });

  it.each([
    ['nothing', undefined],
    ['a number', 42],
    ['a string', 'intentions'],
    ['an envelope without a list', { schemaVersion: 1 }],
    ['a list of junk', { intentions: [null, 3, 'x', [], {}] }],
  ])('reads %s as no steps', (_name, stored) => {
    expect(sanitizeIntentions(stored)).toEqual([]);
  });

  it("keeps the user's words whatever else is broken", () => {
    const [step] = sanitizeIntentions({
      intentions: [
        {
          words: 'met mijn broer',
          answers: { felt: 'Fijn', reactions: 7 },
          status: 'weird',
          lookBackAtMs: -1,
        },
      ],
    });
    expect(step).toEqual({
      id: 'step-restored-0',
      cardId: null,
      stepText: '',
      words: 'met mijn broer',
      committedAtMs: 0,
      lookBackAtMs: 0,
      status: 'done',
      answeredAtMs: 0,
      answers: { felt: 'Fijn', reactions: '', innerSteps: '' },
    });
  });

  it('reads back the words of the card a step was chosen from, and junk or none as none', () => {
    const withText = { ...OPEN, stepText: 'Vraag om hulp.' };
    expect(sanitizeIntentions([withText])).toEqual([withText]);
    const { stepText: _, ...before } = OPEN;
    expect(sanitizeIntentions([before, { ...OPEN, id: 'step-c', stepText: 7 }])).toEqual([
      OPEN,
      { ...OPEN, id: 'step-c' },
    ]);
  });

  it('repairs field by field: a bad time, a bad status, a second of one id', () => {
    const stored = [
      { ...OPEN, lookBackAtMs: 'soon' },
      { ...OPEN, status: 'let-go', answeredAtMs: null },
      { ...OPEN, id: 7 },
    ];
    expect(sanitizeIntentions(stored)).toEqual([
      { ...OPEN, lookBackAtMs: OPEN.committedAtMs },
      { ...OPEN, id: 'step-b-1', status: 'let-go', answeredAtMs: OPEN.lookBackAtMs },
      { ...OPEN, id: 'step-restored-2' },
    ]);
  });

  it('walks only the items a sparse list holds', () => {
    const sparse: unknown[] = [];
    sparse[4_000_000_000] = OPEN;
    expect(sanitizeIntentions(sparse)).toEqual([OPEN]);
  });
});

import { describe, expect, it } from 'vitest';
import type { FollowUpAnswers, Intention } from '@/utils/core/intentions';
import { joinTyped, listStepTexts, putTyped, type TypedStep } from '@/utils/core/step-edit';

// What a person typed for a step, put onto the step as it is stored now.

const AT_MS = 5000;
const chosen = {
  id: 's',
  cardId: 'step-start-small',
  stepText: '',
  committedAtMs: 1000,
  lookBackAtMs: 2000,
};
const answers = (felt: string, reactions = '', innerSteps = ''): FollowUpAnswers => ({
  felt,
  reactions,
  innerSteps,
});
const open: Intention = { ...chosen, words: 'met Sam', status: 'open' };
const letGo: Intention = { ...chosen, words: 'met Sam', status: 'let-go', answeredAtMs: 3000 };
const done: Intention = {
  ...chosen,
  words: 'met Sam',
  status: 'done',
  answeredAtMs: 3000,
  answers: answers('Spannend.', 'Warm.'),
};

describe('putTyped', () => {
  it.each<[string, Intention, TypedStep, Intention]>([
    [
      'words alone, on an open step',
      open,
      { words: 'met Lies', answers: null },
      { ...open, words: 'met Lies' },
    ],
    [
      'words alone keep a step done as it is',
      done,
      { words: 'met Lies', answers: null },
      { ...done, words: 'met Lies' },
    ],
    [
      'words alone keep a step let go as it is',
      letGo,
      { words: '', answers: null },
      { ...letGo, words: '' },
    ],
    [
      'answers make an open step done, answered now',
      open,
      { words: 'met Sam', answers: answers('Eng.') },
      { ...open, status: 'done', answeredAtMs: AT_MS, answers: answers('Eng.') },
    ],
    [
      'answers on a step let go elsewhere: done again with them',
      letGo,
      { words: 'met Sam', answers: answers('Eng.') },
      {
        ...chosen,
        words: 'met Sam',
        status: 'done',
        answeredAtMs: AT_MS,
        answers: answers('Eng.'),
      },
    ],
    [
      'answers on a step done keep when it was answered',
      done,
      { words: 'met Sam', answers: answers('Eng.') },
      { ...done, answers: answers('Eng.') },
    ],
  ])('%s', (_name, onto, typed, expected) => {
    expect(putTyped(onto, typed, AT_MS)).toEqual(expected);
  });
});

describe('joinTyped: "keep both"', () => {
  it.each<[string, Intention, TypedStep, Intention]>([
    [
      'words beside the words stored',
      open,
      { words: 'met Lies', answers: null },
      { ...open, words: 'met Sam\n\nmet Lies' },
    ],
    ['the same words once', open, { words: 'met Sam', answers: null }, open],
    [
      'answers beside the answers stored, field by field',
      done,
      { words: 'met Sam', answers: answers('Eng.', 'Warm.', 'Ik bleef.') },
      { ...done, answers: answers('Spannend.\n\nEng.', 'Warm.', 'Ik bleef.') },
    ],
    [
      'answers onto a step without any: the ones typed, answered now',
      open,
      { words: '', answers: answers('Eng.') },
      { ...open, status: 'done', answeredAtMs: AT_MS, answers: answers('Eng.') },
    ],
  ])('%s', (_name, theirs, typed, expected) => {
    expect(joinTyped(theirs, typed, AT_MS)).toEqual(expected);
  });
});

describe('listStepTexts', () => {
  it.each<[string, Intention, string[]]>([
    ['an open step: its words, and no answers', open, ['met Sam', '', '', '']],
    ['a step let go: its words, and no answers', letGo, ['met Sam', '', '', '']],
    ['a step done: its words and answers', done, ['met Sam', 'Spannend.', 'Warm.', '']],
  ])('%s', (_name, step, texts) => {
    const listed = listStepTexts(step);
    expect(listed.map((entry) => entry.field)).toEqual([
      'words',
      'felt',
      'reactions',
      'innerSteps',
    ]);
    expect(listed.map((entry) => entry.text)).toEqual(texts);
  });
});

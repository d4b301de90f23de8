import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Intention } from '@/utils/core/intentions';
import {
  describeDay,
  describeTime,
  findPauseLine,
  foldForSearch,
  groupByDay,
  keyItems,
  matchesQuery,
  restoreLine,
  selectItems,
  type TakenLine,
  toDayKey,
} from '@/utils/core/journal';
import type { PauseLogEntry } from '@/utils/core/pause-model';

// The unit tests run in Europe/Amsterdam (vitest.config.ts): local days and clock changes are real.
const at = (month: number, day: number, hour: number, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute).getTime();
const taken = (atMs: number, note = '', cardId: string | null = null): TakenLine => ({
  outcome: 'taken',
  atMs,
  cardId,
  note,
});

describe('the journal: what it shows', () => {
  const log: PauseLogEntry[] = [
    taken(at(11, 30, 9), 'Eerste keer open geweest.'),
    { outcome: 'missed', atMs: at(11, 30, 10) },
    taken(at(11, 30, 11)),
    { outcome: 'natural-break', atMs: at(12, 1, 8), awayMs: 600_000 },
    taken(at(12, 1, 9, 30), 'Één zin over moed.'),
  ];

  it.each([
    ['all', '', [at(12, 1, 9, 30), at(11, 30, 11), at(11, 30, 9)]],
    ['notes', '', [at(12, 1, 9, 30), at(11, 30, 9)]],
    ['all', 'moed', [at(12, 1, 9, 30)]],
    ['all', 'EEN ZIN', [at(12, 1, 9, 30)]],
    ['all', 'open   keer', [at(11, 30, 9)]],
    ['all', 'nergens', []],
    ['notes', '  ', [at(12, 1, 9, 30), at(11, 30, 9)]],
  ] as const)(
    'filter %s, search "%s": the pauses taken that fit, newest first',
    (filter, query, expected) => {
      expect(selectItems(log, [], filter, query).map((item) => item.atMs)).toEqual(expected);
    },
  );

  it('sorts by time, whatever the order the history was written in', () => {
    const woven = [taken(at(12, 1, 9)), taken(at(11, 1, 9)), taken(at(12, 2, 9))];
    expect(selectItems(woven, [], 'all', '').map((item) => item.atMs)).toEqual([
      at(12, 2, 9),
      at(12, 1, 9),
      at(11, 1, 9),
    ]);
  });

  it('folds case and accents for a search', () => {
    expect(foldForSearch('Één Ölçü')).toBe('een olcu');
    expect(matchesQuery('Ik was bang, en deed het toch', 'BANG toch')).toBe(true);
    expect(matchesQuery('Ik was bang', 'bang moedig')).toBe(false);
    expect(matchesQuery('', '')).toBe(true);
  });
});

describe('the journal: days', () => {
  it.each([
    ['a day in winter', at(12, 1, 0, 0), '2026-12-01'],
    ['a minute before midnight', at(12, 1, 23, 59), '2026-12-01'],
    ['the night the clocks go back', at(10, 25, 2, 30), '2026-10-25'],
    ['the night the clocks go forward', at(3, 29, 3, 30), '2026-03-29'],
  ])('%s is the local calendar day', (_name, atMs, dayKey) => {
    expect(toDayKey(atMs)).toBe(dayKey);
  });

  it('groups entries by local day, newest day first, nothing lost or twice', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: at(1, 1, 0), max: at(12, 31, 23) }), { maxLength: 60 }),
        (times) => {
          const entries = selectItems(
            times.map((atMs) => taken(atMs)),
            [],
            'all',
            '',
          );
          const days = groupByDay(entries);
          expect(days.flatMap((day) => day.entries)).toEqual(entries);
          expect(new Set(days.map((day) => day.dayKey)).size).toBe(days.length);
          for (const day of days) {
            for (const entry of day.entries) expect(toDayKey(entry.atMs)).toBe(day.dayKey);
            expect(toDayKey(day.noonMs)).toBe(day.dayKey);
          }
        },
      ),
    );
  });

  it('says a day in words, with the year only when it is another', () => {
    const now = at(12, 1, 10);
    const words = { today: 'Vandaag', yesterday: 'Gisteren', tomorrow: 'Morgen' };
    expect(describeDay(at(12, 1, 12), now, 'nl', words)).toBe('Vandaag');
    expect(describeDay(at(11, 30, 12), now, 'nl', words)).toBe('Gisteren');
    expect(describeDay(at(11, 24, 12), now, 'nl', words)).toBe('dinsdag 24 november');
    expect(describeDay(at(11, 24, 12), now, 'en', words)).toBe('Tuesday, November 24');
    expect(describeDay(new Date(2025, 11, 31, 12).getTime(), now, 'nl', words)).toBe(
      'woensdag 31 december 2025',
    );
    // The day after a clock change is "yesterday" too.
    expect(describeDay(at(10, 25, 12), at(10, 26, 0, 30), 'nl', words)).toBe('Gisteren');
  });

  it('says the time as the popup does', () => {
    expect(describeTime(at(12, 1, 9, 5), 'nl')).toBe('09:05');
    expect(describeTime(at(12, 1, 21, 5), 'en')).toMatch(/^9:05\sPM$/);
  });
});

describe('the journal: changes to the history', () => {
  const first = taken(at(12, 1, 9), 'een');
  const second = taken(at(12, 1, 10), 'twee');
  const missed: PauseLogEntry = { outcome: 'missed', atMs: at(12, 1, 9, 30) };
  const log = [first, missed, second];

  it('undo puts a line back in its place by time', () => {
    expect(restoreLine([missed, second], first)).toEqual(log);
    expect(restoreLine([first, second], missed)).toEqual(log);
    expect(restoreLine([missed], second)).toEqual([missed, second]);
    expect(restoreLine([], first)).toEqual([first]);
  });
});

describe('the journal: finding the line of a pause', () => {
  const line = (atMs: number, note: string, startedAtMs?: number): TakenLine => ({
    ...taken(atMs, note),
    ...(startedAtMs === undefined ? {} : { startedAtMs }),
  });
  const joined = line(100, 'Eén.\n\nTwee.', 50);
  const log: PauseLogEntry[] = [
    { outcome: 'missed', atMs: 100 },
    line(100, 'Zonder begin.'),
    joined,
    line(200, 'Later.', 150),
  ];

  it.each<[string, TakenLine, number]>([
    ['the same line', joined, 2],
    ['its note changed meanwhile: by when it began and ended', line(100, 'Eén.', 50), 2],
    ['a line kept without its start', line(100, 'Anders.'), 1],
    ['another start', line(100, 'Eén.', 60), -1],
    ['another end', line(101, 'Eén.', 50), -1],
    ['none at that time (a missed pause is no line)', line(300, ''), -1],
  ])('%s', (_name, named, index) => {
    expect(findPauseLine(log, named)).toBe(index);
  });

  it('prefers the line the same in every field; of two alike, the first', () => {
    const twin = line(100, 'Tweede.', 50);
    expect(findPauseLine([joined, twin], twin)).toBe(1);
    expect(findPauseLine([joined, { ...joined }], joined)).toBe(0);
    expect(findPauseLine([joined, twin], line(100, 'Geen van beide.', 50))).toBe(0);
  });
});

describe('the journal: small steps among the pauses', () => {
  const open: Intention = {
    id: 'a',
    cardId: 'step-start-small',
    stepText: '',
    words: 'met Sam',
    committedAtMs: at(12, 1, 10),
    lookBackAtMs: at(12, 2, 9),
    status: 'open',
  };
  const done: Intention = {
    id: 'b',
    cardId: 'step-start-small',
    stepText: '',
    words: '',
    committedAtMs: at(11, 20, 10),
    lookBackAtMs: at(11, 21, 9),
    status: 'done',
    answeredAtMs: at(12, 1, 12),
    answers: { felt: 'Spannend', reactions: 'Warme woorden', innerSteps: '' },
  };
  const log = [taken(at(12, 1, 11), 'Een notitie.')];

  it('stands a step at its follow-up, or while open, at when it was chosen', () => {
    expect(selectItems(log, [open, done], 'all', '').map((item) => [item.kind, item.atMs])).toEqual(
      [
        ['step', at(12, 1, 12)],
        ['pause', at(12, 1, 11)],
        ['step', at(12, 1, 10)],
      ],
    );
  });

  it('filters to the steps, and searches their words and answers', () => {
    expect(selectItems(log, [open, done], 'steps', '')).toHaveLength(2);
    expect(selectItems(log, [open, done], 'notes', '').map((item) => item.kind)).toEqual(['pause']);
    expect(selectItems(log, [open, done], 'all', 'warme').map((item) => item.kind)).toEqual([
      'step',
    ]);
    expect(selectItems(log, [open, done], 'all', 'sam')).toHaveLength(1);
  });

  it('keys a step by its id', () => {
    expect(keyItems(selectItems([], [open], 'all', ''))).toEqual(['step-a']);
  });
});

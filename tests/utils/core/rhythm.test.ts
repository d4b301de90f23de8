import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActiveHours } from '@/utils/core/active-hours';
import { toDayKey } from '@/utils/core/journal';
import type { PauseLogEntry } from '@/utils/core/pause-model';
import { WEEKDAYS } from '@/utils/core/preferences';
import { rhythmDayOf, summarizeRhythm } from '@/utils/core/rhythm';

// The unit tests run in Europe/Amsterdam (vitest.config.ts). In 2026 its clocks go forward on
// Sunday 29 March (02:00 becomes 03:00: a day of 23 hours) and back on Sunday 25 October (03:00
// becomes 02:00: a day of 25 hours).
const at = (month: number, day: number, hour: number, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute).getTime();
const taken = (atMs: number, note = ''): PauseLogEntry => ({
  outcome: 'taken',
  atMs,
  cardId: null,
  note,
});
const natural = (atMs: number): PauseLogEntry => ({
  outcome: 'natural-break',
  atMs,
  awayMs: 600_000,
});
const missed = (atMs: number): PauseLogEntry => ({ outcome: 'missed', atMs });

/** Monday to Friday, 09:00 to 17:00: the defaults. */
const OFFICE: ActiveHours = {
  activeDays: [1, 2, 3, 4, 5],
  activeStartMinute: 540,
  activeEndMinute: 1020,
};
/** Every day, 22:00 to 02:00: a window that runs past midnight. */
const NIGHTS: ActiveHours = {
  activeDays: [0, 1, 2, 3, 4, 5, 6],
  activeStartMinute: 1320,
  activeEndMinute: 120,
};
/** Every day, 22:00 to 02:30: its end in the hour that comes twice when the clocks go back. */
const NIGHT_TO_2_30: ActiveHours = { ...NIGHTS, activeEndMinute: 150 };
/** Monday only, 22:00 to 02:00. */
const MONDAY_NIGHT: ActiveHours = {
  activeDays: [1],
  activeStartMinute: 1320,
  activeEndMinute: 120,
};

describe('rhythmDayOf', () => {
  it('is Europe/Amsterdam, so the clock-change cases cannot pass in UTC', () => {
    expect(new Date(at(3, 29, 12)).getTimezoneOffset()).toBe(-120);
    expect(new Date(at(3, 28, 12)).getTimezoneOffset()).toBe(-60);
    // The hour after 01:59 on 25 October comes twice: 02:15 summer time, then 02:15 winter time.
    expect(new Date(at(10, 25, 1, 59) + 16 * 60_000).getHours()).toBe(2);
    expect(new Date(at(10, 25, 1, 59) + 76 * 60_000).getHours()).toBe(2);
  });

  it.each([
    ['office hours, in the day', OFFICE, at(12, 1, 10), '2026-12-01'],
    ['office hours, after them', OFFICE, at(12, 1, 23, 30), '2026-12-01'],
    ['office hours, just after midnight', OFFICE, at(12, 2, 0, 30), '2026-12-02'],
    ['a night window, before midnight', NIGHTS, at(12, 1, 23), '2026-12-01'],
    ['a night window, after midnight: the day it opened', NIGHTS, at(12, 2, 1), '2026-12-01'],
    ['a night window, at its very end', NIGHTS, at(12, 2, 2), '2026-12-01'],
    ['a night window, after its end', NIGHTS, at(12, 2, 2, 1), '2026-12-02'],
    ['Monday night, after midnight: Monday', MONDAY_NIGHT, at(11, 24, 1), '2026-11-23'],
    ['no window the night before: its own day', MONDAY_NIGHT, at(11, 25, 1), '2026-11-25'],
    ['spring forward, after midnight', NIGHTS, at(3, 29, 1, 30), '2026-03-28'],
    ['spring forward, the hour the clock skips', NIGHTS, at(3, 29, 2, 30), '2026-03-29'],
    ['spring forward, late that day', OFFICE, at(3, 29, 23, 59), '2026-03-29'],
    ['fall back, the first 02:15', NIGHT_TO_2_30, at(10, 25, 1, 59) + 16 * 60_000, '2026-10-24'],
    ['fall back, the second 02:15', NIGHT_TO_2_30, at(10, 25, 1, 59) + 76 * 60_000, '2026-10-24'],
    ['fall back, the first 02:45', NIGHT_TO_2_30, at(10, 25, 1, 59) + 46 * 60_000, '2026-10-25'],
    ['fall back, the second 02:45', NIGHT_TO_2_30, at(10, 25, 1, 59) + 106 * 60_000, '2026-10-25'],
    ['fall back, late that day', OFFICE, at(10, 25, 23, 30), '2026-10-25'],
  ] as const)('%s: %s', (_name, hours, atMs, dayKey) => {
    expect(toDayKey(rhythmDayOf(atMs, hours))).toBe(dayKey);
  });
});

describe('summarizeRhythm', () => {
  it('counts each day’s pauses taken and natural breaks, and the notes, never what was missed', () => {
    const log = [
      taken(at(11, 30, 9), 'Open geweest.'),
      missed(at(11, 30, 10)),
      natural(at(11, 30, 12)),
      taken(at(12, 1, 9)),
      missed(at(12, 1, 11)),
      taken(at(12, 3, 10), '  '),
      taken(at(12, 3, 15), 'Moed.'),
    ];
    const rhythm = summarizeRhythm(log, OFFICE, at(12, 3, 16), 7);
    expect(rhythm.days.map((day) => [day.dayKey, day.moments, day.notes, day.isRestDay])).toEqual([
      ['2026-11-27', 0, 0, false],
      ['2026-11-28', 0, 0, true],
      ['2026-11-29', 0, 0, true],
      ['2026-11-30', 2, 1, false],
      ['2026-12-01', 1, 0, false],
      ['2026-12-02', 0, 0, false],
      ['2026-12-03', 2, 1, false],
    ]);
    expect(rhythm.moments).toBe(5);
    expect(rhythm.notes).toBe(2);
  });

  it('shows four weeks on request, and leaves out what came before them', () => {
    const log = [taken(at(11, 5, 10)), taken(at(11, 6, 10)), taken(at(12, 3, 10))];
    const rhythm = summarizeRhythm(log, OFFICE, at(12, 3, 16), 28);
    expect(rhythm.days).toHaveLength(28);
    expect(rhythm.days[0]?.dayKey).toBe('2026-11-06');
    expect(rhythm.moments).toBe(2);
  });

  it.each([
    [
      'across spring forward',
      at(4, 1, 12),
      [
        '2026-03-26',
        '2026-03-27',
        '2026-03-28',
        '2026-03-29',
        '2026-03-30',
        '2026-03-31',
        '2026-04-01',
      ],
    ],
    [
      'across fall back',
      at(10, 28, 0, 30),
      [
        '2026-10-22',
        '2026-10-23',
        '2026-10-24',
        '2026-10-25',
        '2026-10-26',
        '2026-10-27',
        '2026-10-28',
      ],
    ],
  ] as const)('lists seven calendar days %s, each once', (_name, nowMs, dayKeys) => {
    expect(summarizeRhythm([], OFFICE, nowMs, 7).days.map((day) => day.dayKey)).toEqual(dayKeys);
  });

  it('puts a pause after midnight on the night it began, and today is that night too', () => {
    const log = [taken(at(12, 1, 23)), taken(at(12, 2, 1, 30)), taken(at(12, 2, 22, 30))];
    const rhythm = summarizeRhythm(log, NIGHTS, at(12, 3, 1), 7);
    expect(rhythm.days.at(-1)?.dayKey).toBe('2026-12-02');
    expect(rhythm.days.slice(-2).map((day) => day.moments)).toEqual([2, 1]);
  });

  it.each([
    ['too few moments to say anything', [9, 9, 9, 9], null],
    ['an hour that stands out', [10, 10, 10, 9, 14, 16], 10],
    ['two hours alike: nothing stands out', [10, 10, 10, 14, 14, 14], null],
    ['no hour with three', [8, 9, 10, 11, 12, 13, 14], null],
    ['natural breaks count too', [15, 15, 9, 11, 15], 15],
  ] as const)('the usual hour, %s', (_name, hours, expected) => {
    const log = hours.map((hour, index) =>
      index % 2 === 0
        ? taken(at(12, 1 + (index % 3), hour, 10))
        : natural(at(12, 1 + (index % 3), hour, 40)),
    );
    expect(summarizeRhythm(log, OFFICE, at(12, 3, 18), 7).usualHour).toBe(expected);
  });

  it('says no usual hour from what was missed', () => {
    const log = [10, 10, 10, 10, 10, 10].map((hour, index) =>
      missed(at(12, 1 + (index % 3), hour)),
    );
    expect(summarizeRhythm(log, OFFICE, at(12, 3, 18), 7)).toMatchObject({
      moments: 0,
      usualHour: null,
    });
  });
});

describe('summarizeRhythm, whatever the history', () => {
  const NOW = at(12, 3, 16);
  const hoursArb: fc.Arbitrary<ActiveHours> = fc.record({
    activeDays: fc.subarray([...WEEKDAYS], { minLength: 1 }),
    activeStartMinute: fc.integer({ min: 0, max: 1439 }),
    activeEndMinute: fc.integer({ min: 0, max: 1439 }),
  });
  // Moments from well before the span to well after now, across both clock changes of 2026.
  const lineArb: fc.Arbitrary<PauseLogEntry> = fc.oneof(
    fc.record({
      outcome: fc.constant('taken' as const),
      atMs: fc.integer({ min: at(1, 1, 0), max: NOW + 86_400_000 }),
      cardId: fc.constant(null),
      note: fc.constantFrom('', ' ', 'Een notitie.'),
    }),
    fc.record({
      outcome: fc.constant('natural-break' as const),
      atMs: fc.integer({ min: at(1, 1, 0), max: NOW }),
      awayMs: fc.constant(600_000),
    }),
    fc.record({
      outcome: fc.constant('missed' as const),
      atMs: fc.integer({ min: at(1, 1, 0), max: NOW }),
    }),
  );

  it('its totals are the history’s moments in its days, and no day is counted twice', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 200 }),
        hoursArb,
        fc.integer({ min: at(1, 1, 0), max: at(12, 31, 23) }),
        fc.constantFrom(7 as const, 28 as const),
        (log, hours, nowMs, span) => {
          const rhythm = summarizeRhythm(log, hours, nowMs, span);
          const dayKeys = rhythm.days.map((day) => day.dayKey);
          expect(new Set(dayKeys).size).toBe(span);
          // Consecutive calendar days: each day's noon is the next calendar day's noon less one day.
          for (let i = 1; i < rhythm.days.length; i++) {
            const previous = new Date(rhythm.days[i - 1]?.noonMs ?? 0);
            previous.setDate(previous.getDate() + 1);
            expect(toDayKey(previous.getTime())).toBe(dayKeys[i]);
          }
          const inSpan = log.filter(
            (line) =>
              line.outcome !== 'missed' &&
              dayKeys.includes(toDayKey(rhythmDayOf(line.atMs, hours))),
          );
          expect(rhythm.moments).toBe(inSpan.length);
          expect(rhythm.days.reduce((sum, day) => sum + day.moments, 0)).toBe(rhythm.moments);
          expect(rhythm.notes).toBe(
            inSpan.filter((line) => line.outcome === 'taken' && line.note.trim() !== '').length,
          );
          expect(rhythm.days.reduce((sum, day) => sum + day.notes, 0)).toBe(rhythm.notes);
          expect(rhythm.days.every((day) => day.notes <= day.moments)).toBe(true);
          expect(rhythm.days.at(-1)?.dayKey).toBe(toDayKey(rhythmDayOf(nowMs, hours)));
        },
      ),
    );
  });
});

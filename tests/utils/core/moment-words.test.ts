import { describe, expect, it } from 'vitest';
import { stepMessages as en } from '@/assets/i18n/steps-en';
import { stepMessages as nl } from '@/assets/i18n/steps-nl';
import { describeMoment } from '@/utils/core/moment-words';

// The unit tests run in Europe/Amsterdam (vitest.config.ts). 1 December 2026 is a Tuesday.
const at = (month: number, day: number, hour: number, minute = 0, year = 2026) =>
  new Date(year, month - 1, day, hour, minute).getTime();
const now = at(12, 1, 12, 30);

describe('a moment in words, inside a sentence', () => {
  it.each([
    ['later today', at(12, 1, 14, 30), 'vandaag om 14:30', /^today at 2:30\sPM$/],
    ['tomorrow', at(12, 2, 9), 'morgen om 09:00', /^tomorrow at 9:00\sAM$/],
    ['yesterday', at(11, 30, 9), 'gisteren om 09:00', /^yesterday at 9:00\sAM$/],
    [
      'a later day',
      at(12, 10, 9),
      'donderdag 10 december om 09:00',
      /^Thursday, December 10 at 9:00\sAM$/,
    ],
    [
      'next year',
      at(1, 4, 9, 0, 2027),
      'maandag 4 januari 2027 om 09:00',
      /^Monday, January 4, 2027 at 9:00\sAM$/,
    ],
  ])('says %s with its day and "om" / "at" before its time', (_name, atMs, dutch, english) => {
    expect(describeMoment(atMs, now, nl.momentWords)).toBe(dutch);
    expect(describeMoment(atMs, now, en.momentWords)).toMatch(english);
  });

  it('counts days by the calendar: just after midnight, the evening before is yesterday', () => {
    expect(describeMoment(at(12, 1, 23), at(12, 2, 0, 10), nl.momentWords)).toBe(
      'gisteren om 23:00',
    );
    expect(describeMoment(at(12, 3, 0, 5), at(12, 2, 23, 50), nl.momentWords)).toBe(
      'morgen om 00:05',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { messages as en } from '@/assets/i18n/en';
import { messages as nl } from '@/assets/i18n/nl';
import type { PausePhase, PauseState, PlanReason } from '@/utils/core/pause-model';
import {
  describeMoment,
  describePauseStatus,
  getPauseStatus,
  type PauseStatus,
} from '@/utils/core/pause-status';
import { planFrom } from '../../helpers/pause';

// vitest.config.ts pins TZ to Europe/Amsterdam. Every time below is local (Amsterdam) time.
// 2026-06-01 is a Monday.

/** A local moment in 2026. */
const at = (month: number, day: number, hour: number, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute).getTime();
const june = (day: number, hour: number, minute = 0) => at(6, day, hour, minute);
const NOW_MS = june(1, 10);

const stateOf = (
  phase: PausePhase,
  nextPauseAtMs: number | null,
  nextReason: PlanReason | 'noActiveHours' = 'interval',
): PauseState => ({
  phase,
  anchorMs: june(1, 9, 30),
  idleSinceMs: null,
  plan: planFrom(nextPauseAtMs, nextReason),
});

/** English times carry a narrow no-break space before AM/PM in newer ICU: compare as plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('getPauseStatus', () => {
  it.each<[string, PauseState, PauseStatus]>([
    [
      'the next pause',
      stateOf({ kind: 'waiting' }, june(1, 10, 30)),
      { kind: 'next', atMs: june(1, 10, 30) },
    ],
    [
      'a pause coming now (away a moment)',
      stateOf({ kind: 'waiting' }, NOW_MS, 'dueNow'),
      { kind: 'next', atMs: NOW_MS },
    ],
    [
      'outside the active hours',
      stateOf({ kind: 'waiting' }, june(2, 9, 30), 'windowOpens'),
      { kind: 'outsideHours', atMs: june(2, 9, 30) },
    ],
    [
      'a pause announced',
      stateOf({ kind: 'delivered', dueAtMs: NOW_MS, cardId: 'q1' }, june(1, 10, 30)),
      { kind: 'due' },
    ],
    [
      'the pause page open',
      stateOf({ kind: 'taking', sinceMs: NOW_MS, cardId: 'q1' }, june(1, 10, 31)),
      { kind: 'taking' },
    ],
    [
      'snoozed',
      stateOf({ kind: 'snoozed', untilMs: june(1, 10, 10) }, june(1, 10, 10), 'snoozeEnds'),
      { kind: 'snoozed', untilMs: june(1, 10, 10) },
    ],
    [
      'reminders paused',
      stateOf({ kind: 'paused', untilMs: june(2, 9) }, june(2, 9, 30)),
      { kind: 'paused', untilMs: june(2, 9) },
    ],
    [
      'reminders paused until a time now past',
      stateOf({ kind: 'paused', untilMs: NOW_MS }, june(1, 10, 30)),
      { kind: 'next', atMs: june(1, 10, 30) },
    ],
    [
      'no pause in the active hours',
      stateOf({ kind: 'waiting' }, null, 'noActiveHours'),
      { kind: 'noActiveHours' },
    ],
    [
      'paused with no pause in the active hours',
      stateOf({ kind: 'paused', untilMs: june(2, 9) }, null, 'noActiveHours'),
      { kind: 'paused', untilMs: june(2, 9) },
    ],
  ])('says %s', (_name, state, expected) => {
    expect(getPauseStatus(state, NOW_MS)).toEqual(expected);
  });
});

describe('describeMoment', () => {
  it.each([
    ['later today', june(1, 14, 30), '', '14:30', '', '2:30 PM'],
    ['at 09:05 today, with its zero', june(1, 9, 5), '', '09:05', '', '9:05 AM'],
    ['just before midnight', june(1, 23, 59), '', '23:59', '', '11:59 PM'],
    ['at midnight: tomorrow', june(2, 0), 'morgen', '00:00', 'tomorrow', '12:00 AM'],
    ['tomorrow morning', june(2, 9, 30), 'morgen', '09:30', 'tomorrow', '9:30 AM'],
    [
      'the day after tomorrow: its name',
      june(3, 9, 30),
      'woensdag',
      '09:30',
      'Wednesday',
      '9:30 AM',
    ],
    ['next Monday', june(8, 9, 30), 'maandag', '09:30', 'Monday', '9:30 AM'],
  ])('names %s', (_name, atMs, nlDay, nlTime, enDay, enTime) => {
    expect(describeMoment(atMs, NOW_MS, 'nl', nl.tomorrow)).toEqual({ day: nlDay, time: nlTime });
    const english = describeMoment(atMs, NOW_MS, 'en', en.tomorrow);
    expect({ ...english, time: plain(english.time) }).toEqual({ day: enDay, time: enTime });
  });

  it.each([
    [
      'the Saturday before springing forward: Sunday is tomorrow',
      at(3, 28, 23, 30),
      at(3, 29, 23, 30),
      'morgen',
    ],
    ['and Monday is not', at(3, 28, 23, 30), at(3, 30, 0, 10), 'maandag'],
    [
      'the Saturday before falling back: Sunday late is tomorrow',
      at(10, 24, 0, 30),
      at(10, 25, 23, 59),
      'morgen',
    ],
    ['on the 25-hour Sunday, 23:30 is still today', at(10, 25, 0, 30), at(10, 25, 23, 30), ''],
  ])('counts calendar days over a change of clocks: %s', (_name, nowMs, atMs, day) => {
    expect(describeMoment(atMs, nowMs, 'nl', nl.tomorrow).day).toBe(day);
  });
});

describe('describePauseStatus', () => {
  it.each<[string, PauseStatus, string, string]>([
    [
      'the next pause today',
      { kind: 'next', atMs: june(1, 14, 30) },
      'Volgende pauze om 14:30',
      'Next pause at 2:30 PM',
    ],
    [
      'the next pause tomorrow, outside the hours',
      { kind: 'outsideHours', atMs: june(2, 9, 30) },
      'Buiten je actieve uren. Volgende pauze morgen om 09:30',
      'Outside your active hours. Next pause tomorrow at 9:30 AM',
    ],
    [
      'a snooze',
      { kind: 'snoozed', untilMs: june(1, 10, 10) },
      'Uitgesteld tot 10:10',
      'Snoozed until 10:10 AM',
    ],
    [
      'reminders paused until tomorrow',
      { kind: 'paused', untilMs: june(2, 9) },
      'Herinneringen gepauzeerd tot morgen 09:00',
      'Reminders paused until tomorrow 9:00 AM',
    ],
    [
      'reminders paused from Friday until Monday',
      { kind: 'paused', untilMs: june(8, 9) },
      'Herinneringen gepauzeerd tot maandag 09:00',
      'Reminders paused until Monday 9:00 AM',
    ],
    ['a pause due', { kind: 'due' }, nl.statusDue, en.statusDue],
    ['a pause under way', { kind: 'taking' }, nl.statusTaking, en.statusTaking],
    ['no active hours', { kind: 'noActiveHours' }, nl.statusNoActiveHours, en.statusNoActiveHours],
  ])('puts %s in words', (_name, status, dutch, english) => {
    const nowMs = status.kind === 'paused' && status.untilMs === june(8, 9) ? june(5, 15) : NOW_MS;
    expect(describePauseStatus(status, nl, 'nl', nowMs)).toBe(dutch);
    expect(plain(describePauseStatus(status, en, 'en', nowMs))).toBe(english);
  });
});

describe('a pause that waits for a call', () => {
  const held = (signal: 'call' | 'fullscreen' | 'sound'): PauseState => ({
    ...stateOf({ kind: 'waiting' }, june(1, 10, 1), 'busy'),
    held: { sinceMs: june(1, 10), signal },
  });

  it.each([
    ['call', 'Pauze wacht tot je gesprek voorbij is', 'Pause waits until your call ends'],
    [
      'fullscreen',
      'Pauze wacht tot je het volledige scherm verlaat',
      'Pause waits until you leave full screen',
    ],
    ['sound', 'Pauze wacht tot het geluid stopt', 'Pause waits until the sound stops'],
  ] as const)('says why it waits: %s', (signal, dutch, english) => {
    const status = getPauseStatus(held(signal), NOW_MS);
    expect(status).toEqual({ kind: 'busy', signal });
    if (!status) throw new Error('No status');
    expect(describePauseStatus(status, nl, 'nl', NOW_MS)).toBe(dutch);
    expect(describePauseStatus(status, en, 'en', NOW_MS)).toBe(english);
  });
});

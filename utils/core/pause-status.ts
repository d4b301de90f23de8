import type { PopupMessages, SayWhen } from '@/assets/i18n/types';
import { atLocalMinute } from './active-hours';
import type { BusySignal } from './busy';
import type { Language } from './language';
import { assertNever, type PauseState } from './pause-model';

/** What the popup says about the next pause, before it is put in words. */
export type PauseStatus =
  | { kind: 'next'; atMs: number }
  | { kind: 'outsideHours'; atMs: number }
  | { kind: 'snoozed'; untilMs: number }
  | { kind: 'paused'; untilMs: number }
  | { kind: 'due' }
  /** A pause is due, and waits for a call, a full-screen window or sound to end. */
  | { kind: 'busy'; signal: BusySignal }
  | { kind: 'taking' }
  | { kind: 'noActiveHours' };

/**
 * The status of the pause state at `nowMs`, or null when the state holds no plan to speak of (a
 * stored plan that was not believable: the background plans again when it next wakes).
 */
export function getPauseStatus(state: PauseState, nowMs: number): PauseStatus | null {
  const { phase, plan } = state;
  switch (phase.kind) {
    case 'delivered':
      return { kind: 'due' };
    case 'taking':
      return { kind: 'taking' };
    case 'paused':
      if (phase.untilMs > nowMs) return { kind: 'paused', untilMs: phase.untilMs };
      break;
    case 'snoozed':
    case 'waiting':
      break;
    default:
      return assertNever(phase);
  }
  if (plan === null) return null;
  if (plan.atMs === null) return { kind: 'noActiveHours' };
  if (phase.kind === 'snoozed') return { kind: 'snoozed', untilMs: plan.atMs };
  if (plan.reason === 'busy' && state.held) return { kind: 'busy', signal: state.held.signal };
  return plan.reason === 'windowOpens'
    ? { kind: 'outsideHours', atMs: plan.atMs }
    : { kind: 'next', atMs: plan.atMs };
}

/** The status in words: "Volgende pauze om 14:30", "Herinneringen gepauzeerd tot morgen 09:00". */
export function describePauseStatus(
  status: PauseStatus,
  messages: PopupMessages,
  language: Language,
  nowMs: number,
): string {
  const say = (format: SayWhen, atMs: number) => {
    const { day, time } = describeMoment(atMs, nowMs, language, messages.tomorrow);
    return format(day, time);
  };
  switch (status.kind) {
    case 'next':
      return say(messages.statusNext, status.atMs);
    case 'outsideHours':
      return say(messages.statusOutsideHours, status.atMs);
    case 'snoozed':
      return say(messages.statusSnoozed, status.untilMs);
    case 'paused':
      return say(messages.statusPaused, status.untilMs);
    case 'due':
      return messages.statusDue;
    case 'busy':
      return messages.statusBusy[status.signal];
    case 'taking':
      return messages.statusTaking;
    case 'noActiveHours':
      return messages.statusNoActiveHours;
  }
}

/**
 * A moment as the day word and clock time a person would use: no day for today, `tomorrow` for
 * the next calendar day, else the weekday's name (a pause is never more than a week ahead).
 * Dutch says 09:30; English 9:30 AM.
 */
export function describeMoment(
  atMs: number,
  nowMs: number,
  language: Language,
  tomorrow: string,
): { day: string; time: string } {
  const time = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-US', {
    hour: language === 'nl' ? '2-digit' : 'numeric',
    minute: '2-digit',
  }).format(atMs);
  if (atMs < atLocalMinute(nowMs, 1, 0)) return { day: '', time };
  if (atMs < atLocalMinute(nowMs, 2, 0)) return { day: tomorrow, time };
  const day = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-US', {
    weekday: 'long',
  }).format(atMs);
  return { day, time };
}

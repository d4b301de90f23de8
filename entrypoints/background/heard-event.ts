import type { PauseEvent } from '@/utils/core/pause-model';

/**
 * An event as the background hears it: an alarm does not know yet whether the user is idle, nor
 * "Klaar" whether the history holds its pause already.
 */
export type HeardEvent =
  | Exclude<PauseEvent, { type: 'alarm' } | { type: 'pause-finished' }>
  | { type: 'alarm' }
  | { type: 'pause-finished'; note: string; startedAtMs?: number | null };

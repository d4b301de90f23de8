import { isMessage, type Message, type MessageResponse } from '@/utils/messages';
import { schedulePause } from './alarms';

/**
 * Answers the pages' messages. Returns undefined for anything that is not ours, so other
 * listeners (and the browser) can answer it.
 */
export function handleMessage(
  message: unknown,
  reschedule: (nowMs: number) => Promise<number> = schedulePause,
  nowMs: number = Date.now(),
): Promise<MessageResponse<Message['type']>> | undefined {
  if (!isMessage(message)) return undefined;
  switch (message.type) {
    case 'preferences-changed':
      return reschedule(nowMs).then((nextPauseAtMs) => ({ nextPauseAtMs }));
  }
}

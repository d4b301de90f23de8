import { isMessage, type Message, type MessageResponse } from '@/utils/messages';
import { ensurePauseScheduled, schedulePause } from './alarms';
import { updatePopup } from './popup';

export interface MessageDeps {
  reschedule: (nowMs: number) => Promise<number>;
  ensureScheduled: (nowMs: number) => Promise<number>;
  updatePopup: typeof updatePopup;
}

const defaultDeps: MessageDeps = {
  reschedule: schedulePause,
  ensureScheduled: ensurePauseScheduled,
  updatePopup,
};

/**
 * Answers the pages' messages. Returns undefined for anything that is not ours, so other
 * listeners (and the browser) can answer it.
 */
export function handleMessage(
  message: unknown,
  nowMs: number = Date.now(),
  deps: MessageDeps = defaultDeps,
): Promise<MessageResponse<Message['type']>> | undefined {
  if (!isMessage(message)) return undefined;
  switch (message.type) {
    case 'preferences-changed':
      return (async () => {
        // Other kinds of card may leave the reserved card out: reserve another then.
        await deps.updatePopup({ reserveNext: message.changedFields.includes('enabledKinds') });
        // A new language or kind of card must not push the next pause back.
        const nextPauseAtMs = message.changedFields.includes('intervalMinutes')
          ? await deps.reschedule(nowMs)
          : await deps.ensureScheduled(nowMs);
        return { nextPauseAtMs };
      })();
    case 'popup-opened':
      return deps.updatePopup({ reserveNext: true }).then(() => undefined);
  }
}

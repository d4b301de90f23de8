import { isMessage, type Message, type MessageResponse } from '@/utils/messages';
import { ensurePauseScheduled, schedulePause } from './alarms';
import { applyPopupLanguage } from './popup';

export interface MessageDeps {
  reschedule: (nowMs: number) => Promise<number>;
  ensureScheduled: (nowMs: number) => Promise<number>;
  applyPopupLanguage: () => Promise<void>;
}

const defaultDeps: MessageDeps = {
  reschedule: schedulePause,
  ensureScheduled: ensurePauseScheduled,
  applyPopupLanguage,
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
        await deps.applyPopupLanguage();
        // A new language or kind of card must not push the next pause back.
        const nextPauseAtMs = message.changedFields.includes('intervalMinutes')
          ? await deps.reschedule(nowMs)
          : await deps.ensureScheduled(nowMs);
        return { nextPauseAtMs };
      })();
  }
}

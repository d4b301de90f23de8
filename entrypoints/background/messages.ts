import { browser } from 'wxt/browser';
import { isMessage, type Message, type MessageResponse } from '@/utils/glue/messages';
import { applyPauseEvent, NotesFullError } from './pauses';
import { updatePopup } from './popup';

export interface MessageDeps {
  apply: typeof applyPauseEvent;
  updatePopup: typeof updatePopup;
  /** Takes the mark off the toolbar button: the popup has been seen. */
  clearBadge: () => Promise<void>;
}

const defaultDeps = (): MessageDeps => ({
  apply: applyPauseEvent,
  updatePopup,
  clearBadge: () => browser.action.setBadgeText({ text: '' }),
});

/**
 * Answers the pages' messages. Returns undefined for anything that is not ours, so other
 * listeners (and the browser) can answer it.
 */
export function handleMessage(
  message: unknown,
  deps: MessageDeps = defaultDeps(),
): Promise<MessageResponse<Message['type']>> | undefined {
  if (!isMessage(message)) return undefined;
  switch (message.type) {
    case 'preferences-changed':
      return (async () => {
        // Other kinds of card may leave the reserved card out: reserve another then.
        await deps.updatePopup({ reserveNext: message.changedFields.includes('enabledKinds') });
        const state = await deps.apply({
          type: 'preferences-changed',
          changedFields: message.changedFields,
        });
        return { state };
      })();
    case 'popup-opened':
      return Promise.all([deps.updatePopup({ reserveNext: true }), deps.clearBadge()]).then(
        () => undefined,
      );
    case 'pause-opened':
      return deps.apply({ type: 'pause-opened' }).then((state) => ({
        state,
        cardId: state.phase.kind === 'taking' ? state.phase.cardId : null,
        startedAtMs: state.phase.kind === 'taking' ? state.phase.sinceMs : null,
      }));
    case 'pause-finished':
      return deps
        .apply({ type: 'pause-finished', note: message.note, startedAtMs: message.startedAtMs })
        .then(withState, (error: unknown) => {
          if (error instanceof NotesFullError) return { refused: 'notesFull' as const };
          throw error;
        });
    case 'pause-snoozed':
      return deps.apply({ type: 'snoozed', minutes: message.minutes }).then(withState);
    case 'reminders-paused':
      return deps.apply({ type: 'reminders-paused', span: message.span }).then(withState);
    case 'reminders-resumed':
      return deps.apply({ type: 'reminders-resumed' }).then(withState);
    case 'cards-hidden':
      // The card reserved for the popup's next opening is drawn again if it was the one hidden.
      return deps.updatePopup({ reserveNext: false }).then(() => undefined);
  }
}

const withState = <T>(state: T) => ({ state });

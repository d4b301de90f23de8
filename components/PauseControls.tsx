import { useEffect, useRef, useState } from 'preact/hooks';
import type { PopupMessages } from '@/assets/i18n/types';
import type { Language } from '@/utils/core/language';
import { type PauseState, SNOOZE_MINUTES } from '@/utils/core/pause-model';
import { describePauseStatus, getPauseStatus } from '@/utils/core/pause-status';
import type { Message } from '@/utils/glue/messages';

/** What the popup can ask of the background about pauses. */
export type PauseAction = Message<'pause-snoozed' | 'reminders-paused' | 'reminders-resumed'>;

export interface PauseControlsProps {
  messages: PopupMessages;
  language: Language;
  nowMs: number;
  /** Reads the stored pause state; null when none is stored yet. */
  loadPauseState: () => Promise<PauseState | null>;
  /** Asks the background for an action; its answer holds the new state. */
  sendPauseAction: (message: PauseAction) => Promise<{ state: PauseState }>;
  /** The pause page; the link opens it in a tab of its own. */
  pauseUrl: string;
}

/**
 * When the next pause comes, and what can be done about it: take one now, snooze a pause that is
 * due, pause reminders or resume them. The state is read after the first frame, so the card never
 * waits for it; until then (and while none is stored) only "take a pause" shows.
 */
export function PauseControls(props: PauseControlsProps) {
  const { messages: m, loadPauseState } = props;
  const [state, setState] = useState<PauseState | null>(null);
  const [actionCount, setActionCount] = useState(0);
  const statusRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    loadPauseState().then(setState, () => {});
  }, [loadPauseState]);

  // The button pressed is gone with the old state: focus moves to the new status, which says what
  // the action did.
  useEffect(() => {
    if (actionCount) statusRef.current?.focus();
  }, [actionCount]);

  async function act(message: PauseAction) {
    try {
      const { state: next } = await props.sendPauseAction(message);
      if (!next) return;
      setState(next);
      setActionCount((count) => count + 1);
    } catch {
      // No answer (the background was busy or gone): the old status is still the best we know.
    }
  }

  const button = (label: string, message: PauseAction) => (
    <button type="button" class="button button-quiet" onClick={() => void act(message)}>
      {label}
    </button>
  );
  const status = state && getPauseStatus(state, props.nowMs);
  const kind = status?.kind;

  return (
    <section class="pause" aria-label={m.pausesLabel}>
      <p class="pause-status" tabIndex={-1} ref={statusRef}>
        {status && describePauseStatus(status, m, props.language, props.nowMs)}
      </p>
      <div>
        <a
          class={`button ${kind === 'due' ? 'button-primary' : 'button-quiet'}`}
          href={props.pauseUrl}
          target="_blank"
          rel="noopener"
        >
          {m.takePause}
        </a>
        {kind === 'due' || kind === 'taking' ? (
          <fieldset>
            <legend>{m.snoozeLegend}</legend>
            {SNOOZE_MINUTES.map((minutes) =>
              button(m.snoozeMinutes(minutes), { type: 'pause-snoozed', minutes }),
            )}
          </fieldset>
        ) : kind === 'paused' || kind === 'snoozed' ? (
          button(m.resumeReminders, { type: 'reminders-resumed' })
        ) : (
          // No reminders to pause while none can come (no active hours).
          status &&
          kind !== 'noActiveHours' && (
            <>
              {button(m.pauseForHour, { type: 'reminders-paused', span: 'hour' })}
              {button(m.pauseUntilTomorrow, { type: 'reminders-paused', span: 'tomorrow' })}
            </>
          )
        )}
      </div>
    </section>
  );
}

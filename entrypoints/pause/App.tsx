import { useRef, useState } from 'preact/hooks';
import { BreathingGuide } from '@/components/BreathingGuide';
import { CardView } from '@/components/CardView';
import type { StepCommitProps } from '@/components/StepCommit';
import { useLeaveGuard } from '@/components/use-leave-guard';
import type { Card } from '@/utils/core/card';
import { capitalizeFirst } from '@/utils/core/card-text';
import { type ChangeResult, isRefusal } from '@/utils/core/edit';
import { NOTE_MAX_CHARS } from '@/utils/core/pause-log';
import { type PauseState, SNOOZE_MINUTES, type SnoozeMinutes } from '@/utils/core/pause-model';
import type { Locale } from '@/utils/glue/locale';
import { PauseOutcome } from './PauseOutcome';
import { type PauseFollowUp, PauseSteps, type PendingSteps } from './PauseSteps';
import { useRemainingSeconds } from './use-remaining-seconds';

export interface PauseAppProps {
  locale: Locale;
  /** The card of this pause, or null when none could be drawn. */
  card: Card | null;
  /** The reflection question's text, or null when the deck has none. */
  question: string | null;
  /** How long the breathing guide runs, in seconds. */
  pauseSeconds: number;
  /** When the pause began, in ms since the epoch. */
  startedAtMs: number;
  /** The clock: the page passes Date.now, tests a fake one. */
  now: () => number;
  /**
   * "Klaar": records the pause as taken with the note; resolves to the new state, or why nothing
   * was stored (the history takes no more notes, or nothing answered).
   */
  onFinish: (note: string) => Promise<ChangeResult<never, PauseState>>;
  /** "Later": the pause comes again in so many minutes; answers with the new state. */
  onSnooze: (minutes: SnoozeMinutes) => Promise<PauseState>;
  onClose: () => void;
  /** Where the journal lives: after "Klaar", the page offers to read back what was written. */
  journalUrl: string;
  /** A step chosen earlier whose follow-up this pause asks, if any. */
  followUp: PauseFollowUp | null;
  /** "Dit ga ik proberen" on a step card: stores the step. */
  onCommitStep: StepCommitProps['onCommit'];
}

type Outcome = { kind: 'taken' | 'snoozed'; state: PauseState };

/**
 * Why the last "Klaar" or "Later" did not go through; the note stays in its field, and so does
 * everything typed for a small step.
 */
type Failure = 'saveFailed' | 'notesFull' | 'noteTooLong' | 'stepFormOpen' | 'answersNotKept';

const NOTHING_PENDING: PendingSteps = { keepAnswers: null, isChoosing: false };

/** The pause page: breathe, read a card, reflect, and then "Klaar" or "Later". */
export function App(props: PauseAppProps) {
  const { messages, language } = props.locale;
  const { startedAtMs, pauseSeconds, now } = props;
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const remainingSeconds = useRemainingSeconds(startedAtMs, pauseSeconds, now, outcome !== null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, setPending] = useState(NOTHING_PENDING);
  const isBusy = useRef(false);
  useLeaveGuard(
    !outcome && (note.trim() !== '' || pending.keepAnswers !== null || pending.isChoosing),
  );

  async function settle(
    kind: Outcome['kind'],
    send: () => Promise<ChangeResult<never, PauseState>>,
  ) {
    if (isBusy.current) return;
    isBusy.current = true;
    // The note stays in the field when it did not go through: the user can try again.
    const result = await send().catch(
      (): ChangeResult<never, PauseState> => ({ refused: 'saveFailed' }),
    );
    isBusy.current = false;
    if (isRefusal(result)) {
      setFailure(result.refused === 'notesFull' ? 'notesFull' : 'saveFailed');
      return;
    }
    setFailure(null);
    setOutcome({ kind, state: result.saved });
  }

  /**
   * "Klaar": a note longer than a note may be is not sent, and the page says why. Answers typed
   * at a follow-up are kept first; a step being chosen waits for the person to finish it.
   */
  async function finish() {
    if (note.length > NOTE_MAX_CHARS) return setFailure('noteTooLong');
    if (pending.isChoosing) return setFailure('stepFormOpen');
    if (pending.keepAnswers && !(await pending.keepAnswers())) return setFailure('answersNotKept');
    await settle('taken', () => props.onFinish(note));
  }

  const failureText =
    failure === 'noteTooLong'
      ? messages.noteTooLong(note.length, NOTE_MAX_CHARS)
      : failure && messages[failure];

  if (outcome) {
    return (
      <main class="pause">
        <h1>{messages.pauseHeading}</h1>
        <PauseOutcome
          messages={messages}
          language={language}
          kind={outcome.kind}
          state={outcome.state}
          nowMs={now()}
          onClose={props.onClose}
          journalUrl={props.journalUrl}
        />
      </main>
    );
  }

  return (
    <main class="pause">
      <h1>{messages.pauseHeading}</h1>
      <BreathingGuide
        totalSeconds={pauseSeconds}
        remainingSeconds={remainingSeconds}
        messages={messages}
      />
      {props.card && <CardView card={props.card} messages={messages} />}
      <PauseSteps
        messages={messages}
        card={props.card}
        followUp={props.followUp}
        now={now}
        onCommit={props.onCommitStep}
        onPending={setPending}
      />
      {props.question && (
        <section class="pause-reflection" aria-labelledby="pause-reflection-heading">
          <h2 id="pause-reflection-heading">{messages.reflectionHeading}</h2>
          <p class="pause-question">{capitalizeFirst(props.question)}</p>
        </section>
      )}
      <form
        class="pause-form"
        onSubmit={(event) => {
          event.preventDefault();
          void finish();
        }}
      >
        <div class="pause-note">
          <label for="pause-note">{messages.noteLabel}</label>
          <p class="pause-hint" id="pause-note-hint">
            {messages.noteHint}
          </p>
          <textarea
            id="pause-note"
            rows={4}
            value={note}
            aria-describedby={failure ? 'pause-note-hint pause-error' : 'pause-note-hint'}
            aria-invalid={failure === 'noteTooLong' || failure === 'notesFull' ? 'true' : undefined}
            onInput={(event) => {
              setNote(event.currentTarget.value);
              if (failure === 'noteTooLong') setFailure(null);
            }}
          />
        </div>
        <div class="pause-actions">
          <button type="submit" class="button button-primary">
            {messages.finishPause}
          </button>
          <fieldset class="pause-later">
            <legend>{messages.snoozeLegend}</legend>
            {SNOOZE_MINUTES.map((minutes) => (
              <button
                key={minutes}
                type="button"
                class="button button-quiet"
                onClick={() =>
                  void settle('snoozed', async () => ({ saved: await props.onSnooze(minutes) }))
                }
              >
                {messages.snoozeMinutes(minutes)}
              </button>
            ))}
          </fieldset>
        </div>
        <p class="pause-error" id="pause-error" role="alert">
          {failureText}
        </p>
      </form>
    </main>
  );
}

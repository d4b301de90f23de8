import { useEffect, useRef, useState } from 'preact/hooks';
import type { EditMessages } from '@/assets/i18n/edit-types';
import type { StepMessages } from '@/assets/i18n/steps-types';
import type { ActiveHours } from '@/utils/core/active-hours';
import { isRefusal } from '@/utils/core/edit';
import {
  ANSWER_FIELDS,
  ANSWER_MAX_CHARS,
  answerFollowUp,
  type FollowUpAnswers,
  type FollowUpReply,
  type Intention,
} from '@/utils/core/intentions';
import { joinTyped, listStepTexts, putTyped } from '@/utils/core/step-edit';
import { ChangedElsewhere } from './ChangedElsewhere';
import { FollowUpPrompts } from './FollowUpPrompts';
import { type EditStore, useEdit } from './use-edit';

export interface FollowUpProps {
  messages: StepMessages & EditMessages;
  /** The step as it was when the pause began: the answer is stored against it. */
  step: Intention;
  /** The step as the card said it when it was chosen ('' when that is not known). */
  stepText: string;
  /** The active hours, for when "Nog niet" asks again. */
  hours: ActiveHours;
  now: () => number;
  store: EditStore<Intention>;
  /**
   * Answers typed and not kept yet: how to keep them ("Klaar" does, so they are never dropped),
   * or null once there are none.
   */
  onPending?: (keep: (() => Promise<boolean>) | null) => void;
}

const NO_ANSWERS: FollowUpAnswers = { felt: '', reactions: '', innerSteps: '' };

/** What became of a step, as the follow-up says it once answered. */
const replyKindOf = (step: Intention): FollowUpReply['kind'] =>
  step.status === 'open' ? 'not-yet' : step.status;

/**
 * A step's follow-up, asked gently: "Gedaan" opens the article's three prompts, "Nog niet" asks
 * again another day, "Laat maar" lets it go. Nothing is counted, nothing is stored until chosen.
 * A step changed or deleted elsewhere meanwhile (in the journal) shows beside the answers, and the
 * person keeps either or both.
 */
export function FollowUp(props: FollowUpProps) {
  const { messages, step } = props;
  const [isAnswering, setIsAnswering] = useState(false);
  const [answers, setAnswers] = useState(NO_ANSWERS);
  const [answered, setAnswered] = useState<FollowUpReply['kind'] | null>(null);
  const [asked, setAsked] = useState<FollowUpReply | null>(null);
  const [problem, setProblem] = useState('');
  const [isLetGo, setIsLetGo] = useState(false);
  const { theirs, save } = useEdit(step, undefined, props.store);
  const firstRef = useRef<HTMLTextAreaElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const hasPending = isAnswering && !answered && ANSWER_FIELDS.some((field) => answers[field]);

  useEffect(() => {
    if (isAnswering) firstRef.current?.focus();
  }, [isAnswering]);
  useEffect(() => {
    if (answered) doneRef.current?.focus();
  }, [answered]);

  /** Stores `next` (what `reply` makes of the step); resolves to whether it landed. */
  async function keep(next: Intention, kind: FollowUpReply['kind']): Promise<boolean> {
    const result = await save(next);
    if (!isRefusal(result)) {
      setAnswered(kind);
      return true;
    }
    if (result.refused !== 'changed' && result.refused !== 'gone')
      setProblem(messages.answerFailed);
    return false;
  }

  async function reply(chosen: FollowUpReply): Promise<boolean> {
    if (chosen.kind === 'done') {
      const long = ANSWER_FIELDS.find((field) => chosen.answers[field].length > ANSWER_MAX_CHARS);
      if (long) {
        setProblem(messages.answerTooLong(chosen.answers[long].length, ANSWER_MAX_CHARS));
        return false;
      }
    }
    setAsked(chosen);
    const onto = theirs ?? step;
    const next =
      chosen.kind === 'done'
        ? putTyped(onto, { words: onto.words, answers: chosen.answers }, props.now())
        : answerFollowUp(onto, chosen, props.hours, props.now());
    return keep(next, chosen.kind);
  }

  // The page is told only when there come to be answers to keep, or none; it keeps them as typed.
  const keepPending = useRef(() => reply({ kind: 'done', answers }));
  keepPending.current = () => reply({ kind: 'done', answers });
  const { onPending } = props;
  useEffect(() => onPending?.(hasPending ? () => keepPending.current() : null), [hasPending]);
  // Deleted elsewhere, and the person let their words go: the follow-up is over.
  if (isLetGo) return null;

  return (
    <section class="follow-up" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">{messages.followUpHeading}</h2>
      <p class="follow-up-intro">{messages.followUpIntro}</p>
      <blockquote class="follow-up-step">
        {props.stepText !== '' && <p>{props.stepText}</p>}
        {step.words !== '' && (
          <p class="follow-up-words" dir="auto">
            {step.words}
          </p>
        )}
      </blockquote>
      {answered ? (
        <p class="follow-up-answered" role="status" tabIndex={-1} ref={doneRef}>
          {messages.answered[answered]}
        </p>
      ) : (
        <>
          {isAnswering ? (
            <FollowUpPrompts
              messages={messages}
              answers={answers}
              firstRef={firstRef}
              onInput={(field, value) => {
                setAnswers((held) => ({ ...held, [field]: value }));
                setProblem('');
              }}
              onSave={theirs === undefined ? () => void reply({ kind: 'done', answers }) : null}
            />
          ) : (
            theirs === undefined && (
              <div class="follow-up-choices">
                <button
                  type="button"
                  class="button button-primary"
                  onClick={() => setIsAnswering(true)}
                >
                  {messages.followUpDone}
                </button>
                <button
                  type="button"
                  class="button button-quiet"
                  onClick={() => void reply({ kind: 'not-yet' })}
                >
                  {messages.followUpNotYet}
                </button>
                <button
                  type="button"
                  class="button button-quiet"
                  onClick={() => void reply({ kind: 'let-go' })}
                >
                  {messages.followUpLetGo}
                </button>
              </div>
            )
          )}
          {theirs !== undefined && asked && (
            <ChangedElsewhere
              id="follow-up"
              messages={messages}
              theirs={
                theirs &&
                listStepTexts(theirs).map(({ field, text }) => ({
                  label: field === 'words' ? messages.wordsLabel : messages.answerLabels[field],
                  text,
                }))
              }
              onKeepMine={() => void reply(asked)}
              onKeepBoth={
                theirs && asked.kind === 'done'
                  ? () =>
                      void keep(
                        joinTyped(theirs, { words: '', answers: asked.answers }, props.now()),
                        'done',
                      )
                  : undefined
              }
              onKeepTheirs={() => (theirs ? setAnswered(replyKindOf(theirs)) : setIsLetGo(true))}
            />
          )}
        </>
      )}
      <p class="follow-up-problem" role="alert">
        {problem}
      </p>
    </section>
  );
}

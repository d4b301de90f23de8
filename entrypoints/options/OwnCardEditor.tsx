import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiMessages } from '@/assets/i18n/types';
import { ChangedElsewhere } from '@/components/ChangedElsewhere';
import { RadioGroup } from '@/components/RadioGroup';
import { TextAreaField } from '@/components/TextAreaField';
import { useLeaveGuard } from '@/components/use-leave-guard';
import type { Card, CardKind, ReframeCard } from '@/utils/core/card';
import { isSameVersion } from '@/utils/core/edit';
import { checkOwnCard, listFields, type OwnCard, type OwnCardField } from '@/utils/core/own-cards';
import type { OwnCardRefusal } from '@/utils/store/own-cards-store';
import { OwnCardExample } from './OwnCardExample';
import {
  describeFieldError,
  EDITOR_KINDS,
  type FieldErrors,
  keepTooLong,
  labelOf,
  listTheirWords,
  type Typed,
  typedOf,
} from './own-card-fields';
import type { OwnCardDraft } from './settings-page';
import { useCardVersion } from './use-card-version';

export interface OwnCardEditorProps {
  messages: UiMessages;
  /** The card being changed, or null for a new one. */
  card: OwnCard | null;
  /** The article's cards in the page's language: the examples, and words already taken. */
  articleCards: readonly Card[];
  /** Every own card as stored (the one edited among them): a new card may not repeat one. */
  ownCards: readonly OwnCard[];
  /** Stores the card; resolves to it, or to why it was not stored. */
  onSave: (draft: OwnCardDraft) => Promise<OwnCard | OwnCardRefusal>;
  /** The card was stored: the list takes over. */
  onSaved: (card: OwnCard) => void;
  onCancel: () => void;
}

/**
 * Writing one own card: its kind, its words, Save and Cancel. Not a form of its own (it sits in
 * the settings form, and forms do not nest): a group named by its heading, whose buttons do not
 * submit. Nothing is stored while a field is refused; each field says why beside it.
 */
export function OwnCardEditor(props: OwnCardEditorProps) {
  const { messages, articleCards } = props;
  // What the editor began from, and what stands elsewhere now (use-card-version.ts).
  const { base, theirs, settle } = useCardVersion(props.card, props.ownCards);
  const id = base?.id ?? null;
  const [kind, setKind] = useState<CardKind>(props.card?.kind ?? 'reframe');
  const [typed, setTyped] = useState(() => typedOf(props.card));
  const [exampleId, setExampleId] = useState('');
  // After the first save that was refused, every change is checked as it is typed.
  const [hasTriedSave, setHasTriedSave] = useState(false);
  // What the store refused that this page could not know (a card written elsewhere meanwhile).
  const [refused, setRefused] = useState<FieldErrors>({});
  const [problem, setProblem] = useState('');
  const [focusRequest, setFocusRequest] = useState<{ field: OwnCardField } | null>(null);
  const isSaving = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const fieldRefs = {
    text: useRef<HTMLTextAreaElement>(null),
    thought: useRef<HTMLTextAreaElement>(null),
    reframe: useRef<HTMLTextAreaElement>(null),
  };

  const fields = listFields(kind);
  useLeaveGuard(!isSameVersion(typed, typedOf(props.card)));
  const others = [...articleCards, ...props.ownCards.filter((card) => card.id !== id)];
  const check = checkOwnCard(kind, typed, others);
  const liveErrors = check.isValid ? {} : check.errors;
  const errors: FieldErrors = hasTriedSave
    ? { ...liveErrors, ...refused }
    : keepTooLong(liveErrors);
  const examples = articleCards.filter((card): card is ReframeCard => card.kind === 'reframe');
  const isExampleOffered = id === null && kind === 'reframe' && examples.length > 0;

  // Opening: a new card starts at its kind, a card being changed at its first words.
  useEffect(() => {
    if (props.card) fieldRefs[listFields(props.card.kind)[0] ?? 'text'].current?.focus();
    else rootRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
  }, []);

  // After the page shows what was refused, so the field is read out with its message.
  useEffect(() => {
    if (focusRequest) fieldRefs[focusRequest.field].current?.focus();
  }, [focusRequest]);

  function change(next: Partial<Typed>) {
    setTyped((held) => ({ ...held, ...next }));
    setRefused({});
  }

  function chooseExample(chosenId: string) {
    setExampleId(chosenId);
    const example = examples.find((card) => card.id === chosenId);
    // A start only: the article's words as they are, to be put in the user's own.
    if (example) change({ thought: example.thought, reframe: example.reframe });
  }

  function focusFirstOf(fieldErrors: FieldErrors) {
    const field = fields.find((name) => fieldErrors[name]);
    if (field) setFocusRequest({ field });
  }

  /**
   * Stores what is typed: over `onto` (the card as the editor began from, or as stored elsewhere
   * once shown), or as a new card (null).
   */
  async function save(onto: OwnCard | null = theirs === undefined ? base : theirs) {
    if (isSaving.current) return;
    setHasTriedSave(true);
    setProblem('');
    if (!check.isValid) {
      focusFirstOf(check.errors);
      return;
    }
    isSaving.current = true;
    let result: OwnCard | OwnCardRefusal;
    try {
      result = await props.onSave({
        base: onto,
        kind,
        typed: Object.fromEntries(fields.map((field) => [field, typed[field]])),
      });
    } catch {
      result = { refused: 'saveFailed' };
    }
    isSaving.current = false;
    if ('errors' in result) {
      setRefused(result.errors);
      focusFirstOf(result.errors);
      return;
    }
    settle(result);
    if (!('refused' in result)) props.onSaved(result);
    else if (result.refused === 'full') setProblem(messages.ownCardFull);
    else if (result.refused !== 'changed' && result.refused !== 'gone') {
      setProblem(messages.saveFailed);
    }
  }

  const describeError = (field: OwnCardField) =>
    describeFieldError(errors[field], typed[field], messages);

  const headingId = 'own-card-editor-heading';
  return (
    // biome-ignore lint/a11y/useSemanticElements: named by its heading, which stays in the page's list of headings as the other parts of the page do; a fieldset takes its name from a legend
    <div
      ref={rootRef}
      class="own-card-editor"
      role="group"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        // Escape leaves the editor; not while a word is still being composed (IME).
        if (event.key === 'Escape' && !event.isComposing) {
          event.preventDefault();
          props.onCancel();
        }
      }}
    >
      <h4 id={headingId}>
        {id === null ? messages.newOwnCardHeading : messages.editOwnCardHeading}
      </h4>
      <RadioGroup<CardKind>
        id="own-card-kind"
        legend={messages.ownCardKindLegend}
        options={EDITOR_KINDS.map((value) => ({
          value,
          label: messages.ownCardKindNames[value],
        }))}
        value={kind}
        onChange={(value) => {
          // Other fields, a fresh start: they are checked on the next save, not before.
          setKind(value);
          setHasTriedSave(false);
          setRefused({});
        }}
      />
      {isExampleOffered && (
        <OwnCardExample
          messages={messages}
          examples={examples}
          chosenId={exampleId}
          onChoose={chooseExample}
        />
      )}
      {fields.map((field) => (
        <TextAreaField
          key={field}
          id={`own-card-${field}`}
          label={labelOf(field, kind, messages)}
          hint={messages.ownCardHints[field]}
          rows={3}
          value={typed[field]}
          error={describeError(field)}
          inputRef={fieldRefs[field]}
          onInput={(value) => change({ [field]: value })}
        />
      ))}
      {theirs !== undefined && (
        <ChangedElsewhere
          id="own-card"
          messages={messages}
          theirs={theirs && listTheirWords(theirs, messages)}
          onKeepMine={() => void save()}
          // Both: the card as it is there, and these words as a card of their own beside it.
          onKeepBoth={theirs ? () => void save(null) : undefined}
          onKeepTheirs={props.onCancel}
        />
      )}
      <p class="field-error own-card-problem" role="alert">
        {problem}
      </p>
      {theirs === undefined && (
        <div class="own-card-buttons">
          <button type="button" class="button button-primary" onClick={() => void save()}>
            {messages.saveOwnCard}
          </button>
          <button type="button" class="button button-quiet" onClick={props.onCancel}>
            {messages.cancel}
          </button>
        </div>
      )}
    </div>
  );
}

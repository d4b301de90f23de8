import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiMessages } from '@/assets/i18n/types';
import { ChangedElsewhere } from '@/components/ChangedElsewhere';
import { RadioGroup } from '@/components/RadioGroup';
import { TextAreaField } from '@/components/TextAreaField';
import { useLeaveGuard } from '@/components/use-leave-guard';
import type { Card, CardKind, ReframeCard } from '@/utils/core/card';
import { capitalizeFirst } from '@/utils/core/card-text';
import { isSameVersion } from '@/utils/core/edit';
import {
  checkOwnCard,
  listFields,
  OWN_CARD_MAX_CHARS,
  type OwnCard,
  type OwnCardError,
  type OwnCardField,
} from '@/utils/core/own-cards';
import type { OwnCardRefusal } from '@/utils/store/own-cards-store';
import type { OwnCardDraft } from './settings-page';

/** The kinds in the order the editor offers them: the user's own self-talk first. */
const EDITOR_KINDS: readonly CardKind[] = ['reframe', 'step', 'quote', 'question'];

type FieldErrors = Partial<Record<OwnCardField, OwnCardError>>;
type Typed = Record<OwnCardField, string>;

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

/** The words a card starts with in the editor: its own, or none. */
function typedOf(card: OwnCard | null): Typed {
  if (card?.kind === 'reframe') return { text: '', thought: card.thought, reframe: card.reframe };
  return { text: card?.text ?? '', thought: '', reframe: '' };
}

/** An own card's words, field by field, as stored elsewhere now. */
function listTheirWords(card: OwnCard, messages: UiMessages) {
  return listFields(card.kind).map((field) => ({
    label: labelOf(field, card.kind, messages),
    text: typedOf(card)[field],
  }));
}

/** A field's label: a reframe's two halves, or the one line of its kind. */
function labelOf(field: OwnCardField, kind: CardKind, messages: UiMessages): string {
  if (field === 'thought') return messages.ownCardThoughtLabel;
  if (field === 'reframe' || kind === 'reframe') return messages.ownCardReframeLabel;
  return messages.ownCardTextLabels[kind];
}

/** Only what is too long: said while typing, before any save, so a long paste is noticed at once. */
function keepTooLong(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([, error]) => error === 'tooLong'));
}

/**
 * Writing one own card: its kind, its words, Save and Cancel. Not a form of its own (it sits in
 * the settings form, and forms do not nest): a group named by its heading, whose buttons do not
 * submit. Nothing is stored while a field is refused; each field says why beside it.
 */
export function OwnCardEditor(props: OwnCardEditorProps) {
  const { messages, articleCards } = props;
  // What the editor began from: every save is made against it (null: a new card).
  const [base, setBase] = useState(props.card);
  const [refusedBy, setRefusedBy] = useState<OwnCard | null | undefined>(undefined);
  const id = base?.id ?? null;
  // The card as stored now, as far as this page knows: changed or deleted in another tab shows
  // beside what is typed here, while it is typed.
  const stored =
    base === null ? undefined : (props.ownCards.find((card) => card.id === base.id) ?? null);
  const theirs = stored === null || (stored && !isSameVersion(stored, base)) ? stored : refusedBy;
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
    } else if (!('refused' in result)) {
      setBase(result);
      setRefusedBy(undefined);
      props.onSaved(result);
    } else if (result.refused === 'changed') setRefusedBy(result.current);
    else if (result.refused === 'gone') setRefusedBy(null);
    else setProblem(result.refused === 'full' ? messages.ownCardFull : messages.saveFailed);
  }

  function describeError(field: OwnCardField): string | null {
    const error = errors[field];
    if (!error) return null;
    if (error === 'tooLong')
      return messages.ownCardTooLong(typed[field].trim().length, OWN_CARD_MAX_CHARS);
    return messages.ownCardErrors[error];
  }

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
        <div class="field own-card-example">
          <label for="own-card-example">{messages.ownCardExampleLabel}</label>
          <select
            id="own-card-example"
            value={exampleId}
            aria-describedby="own-card-example-hint"
            onChange={(event) => chooseExample(event.currentTarget.value)}
          >
            <option value="">{messages.ownCardExampleNone}</option>
            {examples.map((card) => (
              <option key={card.id} value={card.id}>
                {capitalizeFirst(card.thought)}
              </option>
            ))}
          </select>
          <p class="field-hint" id="own-card-example-hint">
            {messages.ownCardExampleHint}
          </p>
          <p class="field-note" aria-live="polite">
            {exampleId === '' ? '' : messages.ownCardExampleChosen}
          </p>
        </div>
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

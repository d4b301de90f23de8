import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiMessages } from '@/assets/i18n/types';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import type { Card } from '@/utils/core/card';
import type { OwnCard } from '@/utils/core/own-cards';
import type { OwnCardRefusal } from '@/utils/store/own-cards-store';
import { OwnCardEditor } from './OwnCardEditor';
import type { OwnCardDraft } from './settings-page';
import './data.css';
import './own-cards.css';

export interface OwnCardsProps {
  messages: UiMessages;
  /** The user's own cards as stored, in the order written. */
  ownCards: readonly OwnCard[];
  /** The article's cards in the page's language. */
  articleCards: readonly Card[];
  /** Stores a card; resolves to it, or to why it was not stored. */
  onSave: (draft: OwnCardDraft) => Promise<OwnCard | OwnCardRefusal>;
  /**
   * Deletes a card (already gone is fine: it is gone); resolves to false when it changed in
   * another tab meanwhile and stays, as it is now.
   */
  onDelete: (card: OwnCard) => Promise<boolean>;
}

/** Which card the editor holds: a card being changed, or a new one (`card` null). */
type Editing = { card: OwnCard | null };

/** Where focus goes once the list shows what was done. */
type FocusTarget = { to: 'edit'; id: string } | { to: 'add' };

/** The half of a reframe that is missing, if one is (read back so from damaged storage). */
function findMissingHalf(card: OwnCard): 'thought' | 'reframe' | null {
  if (card.kind !== 'reframe') return null;
  if (card.thought === '') return 'thought';
  return card.reframe === '' ? 'reframe' : null;
}

/** A card's words on one line, as the question before deleting names it. */
function sayWords(card: OwnCard): string {
  if (card.kind !== 'reframe') return card.text;
  return [card.thought, card.reframe].filter((words) => words !== '').join(' → ');
}

/** A card's words as written, as text: each part reads in its own direction. */
function OwnCardWords({ card, messages }: { card: OwnCard; messages: UiMessages }) {
  if (card.kind !== 'reframe') return <span dir="auto">{card.text}</span>;
  return (
    <>
      {card.thought !== '' && <span dir="auto">{card.thought}</span>}
      {card.thought !== '' && card.reframe !== '' && (
        <>
          {/* The arrow shows the turn; a screen reader hears it in words. */}
          <span class="own-card-arrow" aria-hidden="true">
            {' → '}
          </span>
          <span class="visually-hidden">{messages.ownCardReframeJoin}</span>
        </>
      )}
      {card.reframe !== '' && <span dir="auto">{card.reframe}</span>}
    </>
  );
}

/**
 * Eigen kaarten: the user's own cards, each with Edit and Delete, and the editor that writes one.
 * One card is written at a time: while the editor is open, the other cards show their words only.
 * After a save focus goes to the card's Edit button, after a delete to "Add"; a status line says
 * what was done.
 */
export function OwnCards({ messages, ownCards, articleCards, onSave, onDelete }: OwnCardsProps) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<OwnCard | null>(null);
  const [status, setStatus] = useState('');
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const addButton = useRef<HTMLButtonElement>(null);

  // Once the list shows the change: the button named is there again.
  useEffect(() => {
    if (!focusTarget) return;
    const target =
      focusTarget.to === 'edit' ? editButtons.current.get(focusTarget.id) : addButton.current;
    (target ?? addButton.current)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  function open(card: OwnCard | null) {
    setStatus('');
    setEditing({ card });
  }

  function close(target: FocusTarget) {
    setEditing(null);
    setFocusTarget(target);
  }

  function confirmDelete() {
    const card = deleting;
    setDeleting(null);
    if (!card) return;
    void (async () => {
      try {
        if (await onDelete(card)) {
          setStatus(messages.ownCardDeleted);
          setFocusTarget({ to: 'add' });
        } else setStatus(messages.ownCardChangedBeforeDelete);
      } catch {
        setStatus(messages.dataFailed);
      }
    })();
  }

  const editor = (card: OwnCard | null) => (
    <OwnCardEditor
      messages={messages}
      card={card}
      articleCards={articleCards}
      ownCards={ownCards}
      onSave={onSave}
      onSaved={(saved) => {
        setStatus(messages.ownCardSaved);
        close({ to: 'edit', id: saved.id });
      }}
      onCancel={() => close(card ? { to: 'edit', id: card.id } : { to: 'add' })}
    />
  );

  // A card deleted in another window while it is edited here stays in view with its editor, so
  // nothing typed is lost; Save then keeps the words as a new card.
  const edited = editing?.card;
  const isEditedGone = edited && !ownCards.some((card) => card.id === edited.id);
  const shown = isEditedGone ? [...ownCards, edited] : ownCards;

  return (
    <div class="own-cards">
      <p class="field-hint">{messages.ownCardsHint}</p>
      {shown.length === 0 ? (
        <p class="own-cards-none">{messages.ownCardsNone}</p>
      ) : (
        <ul class="own-card-list">
          {shown.map((card, index) => {
            if (editing?.card?.id === card.id) {
              return (
                <li key={card.id} class="own-card own-card-editing">
                  {editor(editing.card)}
                </li>
              );
            }
            // Ids from the position, not the card's id: a restored id may hold any character.
            const wordsId = `own-card-${index}-words`;
            const noteId = `own-card-${index}-note`;
            const missing = findMissingHalf(card);
            const describedBy = missing ? `${wordsId} ${noteId}` : wordsId;
            return (
              <li key={card.id} class="own-card">
                <p class="own-card-text" id={wordsId}>
                  <span class="own-card-kind">{messages.ownCardKindNames[card.kind]}</span>
                  <span class="visually-hidden">: </span>
                  <span class="own-card-words">
                    <OwnCardWords card={card} messages={messages} />
                  </span>
                </p>
                {missing && (
                  <p class="field-hint own-card-incomplete" id={noteId}>
                    {messages.ownCardIncomplete[missing]}
                  </p>
                )}
                {!editing && (
                  <div class="own-card-buttons">
                    {/* Short names; their descriptions say which card. */}
                    <button
                      type="button"
                      class="button button-quiet"
                      aria-describedby={describedBy}
                      ref={(button) => {
                        if (button) editButtons.current.set(card.id, button);
                        else editButtons.current.delete(card.id);
                      }}
                      onClick={() => open(card)}
                    >
                      {messages.editOwnCard}
                    </button>
                    <button
                      type="button"
                      class="button button-danger-quiet"
                      aria-describedby={describedBy}
                      onClick={() => {
                        setStatus('');
                        setDeleting(card);
                      }}
                    >
                      {messages.deleteOwnCard}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editing && editing.card === null && editor(null)}
      {!editing && (
        <div>
          <button
            type="button"
            class="button button-quiet"
            ref={addButton}
            onClick={() => open(null)}
          >
            {messages.addOwnCard}
          </button>
        </div>
      )}
      <p class="own-cards-status" role="status">
        {status}
      </p>
      <ConfirmDialog
        open={deleting !== null}
        title={messages.deleteOwnCardTitle}
        text={deleting ? messages.deleteOwnCardText(sayWords(deleting)) : ''}
        confirmLabel={messages.deleteOwnCard}
        cancelLabel={messages.cancel}
        isDestructive
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </div>
  );
}

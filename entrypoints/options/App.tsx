import { useEffect, useState } from 'preact/hooks';
import type { Card } from '@/utils/core/card';
import { findCard, getEnabledCardIds, listDeck } from '@/utils/core/deck';
import { type ChangeResult, isRefusal } from '@/utils/core/edit';
import type { OwnCard } from '@/utils/core/own-cards';
import type { Preferences } from '@/utils/core/preferences';
import type { Locale } from '@/utils/glue/locale';
import type { OwnCardRefusal } from '@/utils/store/own-cards-store';
import { AboutSection } from './AboutSection';
import { ContentSection } from './ContentSection';
import { type DataActions, type DataNotice, DataSection, type DataSummary } from './DataSection';
import { RemindersSection } from './RemindersSection';
import type { OwnCardChange, OwnCardDraft } from './settings-page';
import { useSettingsForm } from './use-settings-form';

export interface OptionsAppProps {
  locale: Locale;
  /** The preferences as stored; new ones when another page changed them. */
  initialPreferences: Preferences;
  /** The hidden cards as stored; a new list when another page changed them. */
  initialHiddenCardIds: readonly string[];
  /** True when stored data had to be repaired on load. */
  hasRepairedData: boolean;
  /** The keyboard shortcut that starts a pause ("Ctrl+Shift+P"), or null when there is none. */
  shortcut: string | null;
  onSave: (preferences: Preferences) => Promise<void>;
  onRestoreCard: (cardId: string) => Promise<void>;
  /** The user's own cards as stored; shown afresh whenever they change (here or elsewhere). */
  ownCards: readonly OwnCard[];
  onSaveOwnCard: (
    draft: OwnCardDraft,
    articleCards: readonly Card[],
  ) => Promise<OwnCardChange<OwnCard | OwnCardRefusal>>;
  /** Deletes an own card as shown; one changed in another tab meanwhile stays, as it is now. */
  onDeleteOwnCard: (card: OwnCard) => Promise<OwnCardChange<ChangeResult<OwnCard, null>>>;
  /** What the user has stored, and what they can do with it. */
  dataSummary: DataSummary;
  dataActions: DataActions;
  /** What the data section last did, to be said now that the page shows its result. */
  dataNotice: DataNotice | null;
  /** The extension's version. */
  version: string;
}

/** The settings page. Every valid change saves at once; an invalid one is explained, not saved. */
export function App(props: OptionsAppProps) {
  const { messages, cards } = props.locale;
  const form = useSettingsForm(props.initialPreferences, props.onSave);
  const [hiddenCardIds, setHiddenCardIds] = useState(props.initialHiddenCardIds);
  useEffect(() => setHiddenCardIds(props.initialHiddenCardIds), [props.initialHiddenCardIds]);
  // What the last change here read back, until the page shows a list read since (another page
  // changed them): the page is not shown anew for that, so what is typed stays.
  const [ownCards, setOwnCards] = useState(props.ownCards);
  useEffect(() => setOwnCards(props.ownCards), [props.ownCards]);
  const ownDeck = listDeck([], ownCards, 'own');
  const hiddenCards = hiddenCardIds.flatMap(
    (id) => findCard(cards, id) ?? findCard(ownDeck, id) ?? [],
  );
  const hasOwnCardToDraw =
    getEnabledCardIds(ownDeck, form.preferences.enabledKinds, hiddenCardIds).length > 0;
  const { status } = form;

  return (
    <main class="options">
      <h1>{messages.optionsTitle}</h1>
      {props.hasRepairedData && (
        <p class="notice" role="status">
          {messages.repairedNotice}
        </p>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          // Enter in a field: browsers fire its change first; this covers a form that submits
          // without one. Unchanged fields do not save again.
          event.preventDefault();
          form.commitAllTyped();
        }}
      >
        <RemindersSection messages={messages} form={form} shortcut={props.shortcut} />
        <ContentSection
          messages={messages}
          form={form}
          hiddenCards={hiddenCards}
          ownCards={ownCards}
          articleCards={cards}
          hasOwnCardToDraw={hasOwnCardToDraw}
          onSaveOwnCard={async (draft) => {
            const saved = await props.onSaveOwnCard(draft, cards);
            setOwnCards(saved.ownCards);
            return saved.result;
          }}
          onDeleteOwnCard={async (card) => {
            const deleted = await props.onDeleteOwnCard(card);
            setOwnCards(deleted.ownCards);
            return !isRefusal(deleted.result);
          }}
          onRestore={(card: Card) =>
            void form.run(async () => {
              await props.onRestoreCard(card.id);
              setHiddenCardIds((ids) => ids.filter((id) => id !== card.id));
            })
          }
        />
        <p class={`save-status save-status-${status}`} role="status">
          {status === 'saved' ? messages.saved : status === 'failed' ? messages.saveFailed : ''}
        </p>
      </form>
      <DataSection
        messages={messages}
        summary={{
          ...props.dataSummary,
          hiddenCards: hiddenCards.length,
          ownCards: ownCards.length,
        }}
        actions={props.dataActions}
        notice={props.dataNotice}
      />
      <AboutSection messages={messages} version={props.version} />
    </main>
  );
}

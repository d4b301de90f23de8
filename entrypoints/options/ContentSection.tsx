import type { UiMessages } from '@/assets/i18n/types';
import { CheckboxGroup } from '@/components/CheckboxGroup';
import { HiddenCardList } from '@/components/HiddenCardList';
import { RadioGroup } from '@/components/RadioGroup';
import { SelectField } from '@/components/SelectField';
import type { Card } from '@/utils/core/card';
import type { LanguagePreference } from '@/utils/core/language';
import type { OwnCard } from '@/utils/core/own-cards';
import {
  CARD_KINDS,
  CARD_SOURCES,
  type CardSource,
  LANGUAGE_PREFERENCES,
} from '@/utils/core/preferences';
import type { OwnCardRefusal } from '@/utils/store/own-cards-store';
import { OwnCards } from './OwnCards';
import type { OwnCardDraft } from './settings-page';
import type { SettingsForm } from './use-settings-form';

export interface ContentSectionProps {
  messages: UiMessages;
  form: SettingsForm;
  /** The cards the user hid, in the page's language, and their own. */
  hiddenCards: readonly Card[];
  onRestore: (card: Card) => void;
  /** The user's own cards, in the order written. */
  ownCards: readonly OwnCard[];
  /** The article's cards in the page's language. */
  articleCards: readonly Card[];
  /** True when a draw from the own cards alone would find one (enabled, not hidden). */
  hasOwnCardToDraw: boolean;
  onSaveOwnCard: (draft: OwnCardDraft) => Promise<OwnCard | OwnCardRefusal>;
  /** Deletes an own card; resolves to whether it went (one changed elsewhere stays). */
  onDeleteOwnCard: (card: OwnCard) => Promise<boolean>;
}

/**
 * Inhoud: which kinds of card, in which language, whose cards, the user's own cards, and the
 * cards the user hid.
 */
export function ContentSection(props: ContentSectionProps) {
  const { messages, form, hiddenCards, onRestore } = props;
  const { cardSource } = form.preferences;
  return (
    <section class="panel" aria-labelledby="content-heading">
      <h2 id="content-heading">{messages.contentHeading}</h2>
      <CheckboxGroup
        id="enabled-kinds"
        legend={messages.kindsLegend}
        options={CARD_KINDS.map((kind) => ({ value: kind, label: messages.kindLabels[kind] }))}
        checked={form.kindsDraft}
        error={form.kindsError && messages.kindsErrors[form.kindsError]}
        onChange={form.commitKinds}
      />
      <SelectField<LanguagePreference>
        id="language"
        label={messages.languageLabel}
        hint={messages.languageHint}
        value={form.preferences.language}
        options={LANGUAGE_PREFERENCES.map((language) => ({
          value: language,
          label: messages.languageNames[language],
          lang: language === 'auto' ? undefined : language,
        }))}
        onChange={(language) => void form.save({ language })}
      />
      <RadioGroup<CardSource>
        id="card-source"
        legend={messages.cardSourceLegend}
        hint={messages.cardSourceHint}
        options={CARD_SOURCES.map((source) => ({
          value: source,
          label: messages.cardSourceNames[source],
        }))}
        value={cardSource}
        note={
          cardSource === 'own' && !props.hasOwnCardToDraw ? messages.cardSourceNoOwnCards : null
        }
        onChange={(source) => void form.save({ cardSource: source })}
      />
      <h3>{messages.ownCardsHeading}</h3>
      <OwnCards
        messages={messages}
        ownCards={props.ownCards}
        articleCards={props.articleCards}
        onSave={props.onSaveOwnCard}
        onDelete={props.onDeleteOwnCard}
      />
      <h3>{messages.hiddenHeading}</h3>
      <HiddenCardList
        cards={hiddenCards}
        emptyText={messages.hiddenNone}
        restoreLabel={messages.restoreCard}
        onRestore={onRestore}
      />
    </section>
  );
}

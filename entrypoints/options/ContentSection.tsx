import type { Card } from '@/assets/content/types';
import type { UiMessages } from '@/assets/i18n/types';
import { CheckboxGroup } from '@/components/CheckboxGroup';
import { HiddenCardList } from '@/components/HiddenCardList';
import { SelectField } from '@/components/SelectField';
import type { LanguagePreference } from '@/utils/core/language';
import { CARD_KINDS, LANGUAGE_PREFERENCES } from '@/utils/core/preferences';
import type { SettingsForm } from './use-settings-form';

export interface ContentSectionProps {
  messages: UiMessages;
  form: SettingsForm;
  /** The cards the user hid, in the page's language. */
  hiddenCards: readonly Card[];
  onRestore: (card: Card) => void;
}

/** Inhoud: which kinds of card, in which language, and the cards the user hid. */
export function ContentSection({ messages, form, hiddenCards, onRestore }: ContentSectionProps) {
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

import { useState } from 'preact/hooks';
import type { Card, CardKind } from '@/assets/content/types';
import { CheckboxGroup } from '@/components/CheckboxGroup';
import { HiddenCardList } from '@/components/HiddenCardList';
import { NumberField } from '@/components/NumberField';
import { SelectField } from '@/components/SelectField';
import { findCard } from '@/utils/deck';
import type { LanguagePreference } from '@/utils/language';
import type { Locale } from '@/utils/locale';
import {
  CARD_KINDS,
  checkEnabledKinds,
  checkIntervalMinutes,
  LANGUAGE_PREFERENCES,
  type Preferences,
} from '@/utils/preferences';

export interface OptionsAppProps {
  locale: Locale;
  initialPreferences: Preferences;
  initialHiddenCardIds: readonly string[];
  /** True when stored data had to be repaired on load. */
  hasRepairedData: boolean;
  onSave: (preferences: Preferences) => Promise<void>;
  onRestoreCard: (cardId: string) => Promise<void>;
}

type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** The settings page. Every valid change saves at once; an invalid one is explained, not saved. */
export function App(props: OptionsAppProps) {
  const { messages, cards } = props.locale;
  const [preferences, setPreferences] = useState(props.initialPreferences);
  const [intervalDraft, setIntervalDraft] = useState(String(preferences.intervalMinutes));
  const [intervalError, setIntervalError] = useState<string | null>(null);
  const [kindsDraft, setKindsDraft] = useState<CardKind[]>(preferences.enabledKinds);
  const [kindsError, setKindsError] = useState<string | null>(null);
  const [hiddenCardIds, setHiddenCardIds] = useState(props.initialHiddenCardIds);
  const [status, setStatus] = useState<SaveStatus>('idle');

  async function run(action: () => Promise<void>) {
    setStatus('saving');
    try {
      await action();
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  }

  function save(next: Preferences) {
    return run(async () => {
      await props.onSave(next);
      setPreferences(next);
    });
  }

  async function commitInterval(value: string) {
    const check = checkIntervalMinutes(value);
    if (!check.isValid) {
      setIntervalError(messages.intervalErrors[check.error]);
      setStatus('idle');
      return;
    }
    setIntervalError(null);
    setIntervalDraft(String(check.value));
    if (check.value !== preferences.intervalMinutes) {
      await save({ ...preferences, intervalMinutes: check.value });
    }
  }

  async function commitKinds(kinds: CardKind[]) {
    setKindsDraft(kinds);
    const check = checkEnabledKinds(kinds);
    if (!check.isValid) {
      setKindsError(messages.kindsErrors[check.error]);
      setStatus('idle');
      return;
    }
    setKindsError(null);
    await save({ ...preferences, enabledKinds: check.value });
  }

  const hiddenCards = hiddenCardIds.flatMap((id) => findCard(cards, id) ?? []);

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
          event.preventDefault();
          void commitInterval(intervalDraft);
        }}
      >
        <section class="panel" aria-labelledby="reminders-heading">
          <h2 id="reminders-heading">{messages.remindersHeading}</h2>
          <NumberField
            id="interval-minutes"
            label={messages.intervalLabel}
            hint={messages.intervalHint}
            value={intervalDraft}
            error={intervalError}
            onInput={(value) => {
              setIntervalDraft(value);
              setStatus('idle');
            }}
            onCommit={(value) => void commitInterval(value)}
          />
        </section>
        <section class="panel" aria-labelledby="content-heading">
          <h2 id="content-heading">{messages.contentHeading}</h2>
          <CheckboxGroup
            id="enabled-kinds"
            legend={messages.kindsLegend}
            options={CARD_KINDS.map((kind) => ({ value: kind, label: messages.kindLabels[kind] }))}
            checked={kindsDraft}
            error={kindsError}
            onChange={(kinds) => void commitKinds(kinds)}
          />
          <SelectField<LanguagePreference>
            id="language"
            label={messages.languageLabel}
            hint={messages.languageHint}
            value={preferences.language}
            options={LANGUAGE_PREFERENCES.map((language) => ({
              value: language,
              label: messages.languageNames[language],
              lang: language === 'auto' ? undefined : language,
            }))}
            onChange={(language) => void save({ ...preferences, language })}
          />
          <h3>{messages.hiddenHeading}</h3>
          <HiddenCardList
            cards={hiddenCards}
            emptyText={messages.hiddenNone}
            restoreLabel={messages.restoreCard}
            onRestore={(card: Card) =>
              void run(async () => {
                await props.onRestoreCard(card.id);
                setHiddenCardIds((ids) => ids.filter((id) => id !== card.id));
              })
            }
          />
        </section>
        <p class={`save-status save-status-${status}`} role="status">
          {status === 'saved' ? messages.saved : status === 'failed' ? messages.saveFailed : ''}
        </p>
      </form>
    </main>
  );
}

import { useRef, useState } from 'preact/hooks';
import type { Card, CardKind } from '@/assets/content/types';
import { CheckboxGroup } from '@/components/CheckboxGroup';
import { HiddenCardList } from '@/components/HiddenCardList';
import { NumberField } from '@/components/NumberField';
import { SelectField } from '@/components/SelectField';
import { TimeField } from '@/components/TimeField';
import { ToggleField } from '@/components/ToggleField';
import { findCard } from '@/utils/core/deck';
import type { LanguagePreference } from '@/utils/core/language';
import {
  checkActiveDays,
  checkDeliveryMode,
  checkEnabledKinds,
  checkIntervalMinutes,
  checkNaturalBreakMinutes,
  checkPauseSeconds,
  checkTimeOfDay,
  formatTimeOfDay,
} from '@/utils/core/preference-checks';
import {
  CARD_KINDS,
  type DaysError,
  DELIVERY_MODES,
  type DeliveryMode,
  type KindsError,
  LANGUAGE_PREFERENCES,
  type Preferences,
  WEEKDAYS,
  type Weekday,
} from '@/utils/core/preferences';
import type { Locale } from '@/utils/glue/locale';
import { AboutSection } from './AboutSection';
import { type DataActions, type DataNotice, DataSection, type DataSummary } from './DataSection';
import { type FieldDraft, useFieldDraft } from './use-field-draft';

export interface OptionsAppProps {
  locale: Locale;
  initialPreferences: Preferences;
  initialHiddenCardIds: readonly string[];
  /** True when stored data had to be repaired on load. */
  hasRepairedData: boolean;
  /** The keyboard shortcut that starts a pause ("Ctrl+Shift+P"), or null when there is none. */
  shortcut: string | null;
  onSave: (preferences: Preferences) => Promise<void>;
  onRestoreCard: (cardId: string) => Promise<void>;
  /** What the user has stored, and what they can do with it. */
  dataSummary: DataSummary;
  dataActions: DataActions;
  /** What the data section last did, to be said now that the page shows its result. */
  dataNotice: DataNotice | null;
  /** The extension's version. */
  version: string;
}

type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** The preferences typed as text: each is a number once checked. */
type TypedPreference =
  | 'intervalMinutes'
  | 'pauseSeconds'
  | 'activeStartMinute'
  | 'activeEndMinute'
  | 'naturalBreakMinutes';

/** The settings page. Every valid change saves at once; an invalid one is explained, not saved. */
export function App(props: OptionsAppProps) {
  const { messages, cards } = props.locale;
  const [preferences, setPreferences] = useState(props.initialPreferences);
  // What the last save asked for, read synchronously: two changes in quick succession (a day
  // ticked while a number still saves) must build on each other, not on the last render.
  const latest = useRef(props.initialPreferences);
  const interval = useFieldDraft(preferences.intervalMinutes, checkIntervalMinutes);
  const pauseSeconds = useFieldDraft(preferences.pauseSeconds, checkPauseSeconds);
  const activeStart = useFieldDraft(preferences.activeStartMinute, checkTimeOfDay, formatTimeOfDay);
  const activeEnd = useFieldDraft(preferences.activeEndMinute, checkTimeOfDay, formatTimeOfDay);
  const naturalBreak = useFieldDraft(preferences.naturalBreakMinutes, checkNaturalBreakMinutes);
  const [daysDraft, setDaysDraft] = useState<Weekday[]>(preferences.activeDays);
  const [daysError, setDaysError] = useState<DaysError | null>(null);
  const [kindsDraft, setKindsDraft] = useState<CardKind[]>(preferences.enabledKinds);
  const [kindsError, setKindsError] = useState<KindsError | null>(null);
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

  /**
   * Saves a change on top of everything asked for so far. When saving fails the page keeps
   * showing the change and says so; the next save that works carries it along.
   */
  function save(change: Partial<Preferences>) {
    const next = { ...latest.current, ...change };
    latest.current = next;
    setPreferences(next);
    return run(() => props.onSave(next));
  }

  /** Checks a typed field that was left (or Enter pressed) and saves its value if it changed. */
  function commitTyped<E extends string>(
    draft: FieldDraft<E>,
    field: TypedPreference,
    text: string,
  ) {
    const value = draft.check(text);
    if (value === null) {
      setStatus('idle');
      return;
    }
    if (value === latest.current[field]) return;
    const change: Partial<Preferences> = {};
    change[field] = value;
    void save(change);
  }

  /** Props shared by every typed field: its text, and what editing and leaving it do. */
  function typedProps<E extends string>(draft: FieldDraft<E>, field: TypedPreference) {
    return {
      value: draft.text,
      onInput: (text: string) => {
        draft.setText(text);
        setStatus('idle');
      },
      onCommit: (text: string) => commitTyped(draft, field, text),
    };
  }

  function commitDays(days: Weekday[]) {
    setDaysDraft(days);
    const check = checkActiveDays(days);
    if (!check.isValid) {
      setDaysError(check.error);
      setStatus('idle');
      return;
    }
    setDaysError(null);
    void save({ activeDays: check.value });
  }

  function commitKinds(kinds: CardKind[]) {
    setKindsDraft(kinds);
    const check = checkEnabledKinds(kinds);
    if (!check.isValid) {
      setKindsError(check.error);
      setStatus('idle');
      return;
    }
    setKindsError(null);
    void save({ enabledKinds: check.value });
  }

  function commitDelivery(mode: DeliveryMode) {
    const check = checkDeliveryMode(mode);
    if (check.isValid) void save({ deliveryMode: check.value });
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
          // Enter in a field: browsers fire its change first; this covers a form that submits
          // without one. Unchanged fields do not save again.
          event.preventDefault();
          commitTyped(interval, 'intervalMinutes', interval.text);
          commitTyped(pauseSeconds, 'pauseSeconds', pauseSeconds.text);
          commitTyped(activeStart, 'activeStartMinute', activeStart.text);
          commitTyped(activeEnd, 'activeEndMinute', activeEnd.text);
          commitTyped(naturalBreak, 'naturalBreakMinutes', naturalBreak.text);
        }}
      >
        <section class="panel" aria-labelledby="reminders-heading">
          <h2 id="reminders-heading">{messages.remindersHeading}</h2>
          <NumberField
            id="interval-minutes"
            label={messages.intervalLabel}
            hint={messages.intervalHint}
            error={interval.error && messages.intervalErrors[interval.error]}
            {...typedProps(interval, 'intervalMinutes')}
          />
          <NumberField
            id="pause-seconds"
            label={messages.pauseSecondsLabel}
            hint={messages.pauseSecondsHint}
            error={pauseSeconds.error && messages.pauseSecondsErrors[pauseSeconds.error]}
            {...typedProps(pauseSeconds, 'pauseSeconds')}
          />
          <CheckboxGroup<Weekday>
            id="active-days"
            legend={messages.activeDaysLegend}
            layout="row"
            options={WEEKDAYS.map((day) => ({ value: day, label: messages.weekdayNames[day] }))}
            checked={daysDraft}
            error={daysError && messages.daysErrors[daysError]}
            onChange={commitDays}
          />
          <div class="time-range">
            <div class="time-range-fields">
              <TimeField
                id="active-start"
                label={messages.activeStartLabel}
                hintId="active-hours-hint"
                error={activeStart.error && messages.timeErrors[activeStart.error]}
                {...typedProps(activeStart, 'activeStartMinute')}
              />
              <TimeField
                id="active-end"
                label={messages.activeEndLabel}
                hintId="active-hours-hint"
                error={activeEnd.error && messages.timeErrors[activeEnd.error]}
                {...typedProps(activeEnd, 'activeEndMinute')}
              />
            </div>
            <p class="field-hint" id="active-hours-hint">
              {messages.activeHoursHint}
            </p>
          </div>
          <NumberField
            id="natural-break-minutes"
            label={messages.naturalBreakLabel}
            hint={messages.naturalBreakHint}
            error={naturalBreak.error && messages.naturalBreakErrors[naturalBreak.error]}
            {...typedProps(naturalBreak, 'naturalBreakMinutes')}
          />
          <SelectField<DeliveryMode>
            id="delivery-mode"
            label={messages.deliveryLabel}
            hint={messages.deliveryHint}
            value={preferences.deliveryMode}
            options={DELIVERY_MODES.map((mode) => ({
              value: mode,
              label: messages.deliveryNames[mode],
            }))}
            onChange={commitDelivery}
          />
          <ToggleField
            id="sound-enabled"
            label={messages.soundLabel}
            hint={messages.soundHint}
            checked={preferences.soundEnabled}
            onChange={(soundEnabled) => void save({ soundEnabled })}
          />
          {props.shortcut && <p class="shortcut-hint">{messages.shortcutHint(props.shortcut)}</p>}
        </section>
        <section class="panel" aria-labelledby="content-heading">
          <h2 id="content-heading">{messages.contentHeading}</h2>
          <CheckboxGroup
            id="enabled-kinds"
            legend={messages.kindsLegend}
            options={CARD_KINDS.map((kind) => ({ value: kind, label: messages.kindLabels[kind] }))}
            checked={kindsDraft}
            error={kindsError && messages.kindsErrors[kindsError]}
            onChange={commitKinds}
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
            onChange={(language) => void save({ language })}
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
      <DataSection
        messages={messages}
        summary={{ ...props.dataSummary, hiddenCards: hiddenCards.length }}
        actions={props.dataActions}
        notice={props.dataNotice}
      />
      <AboutSection messages={messages} version={props.version} />
    </main>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardKind } from '@/utils/core/card';
import { isSameVersion } from '@/utils/core/edit';
import {
  checkActiveDays,
  checkDeliveryMode,
  checkEnabledKinds,
  checkIntervalMinutes,
  checkNaturalBreakMinutes,
  checkPauseSeconds,
} from '@/utils/core/preference-checks';
import {
  type DaysError,
  type DeliveryMode,
  type KindsError,
  listChangedFields,
  type Preferences,
  type Weekday,
} from '@/utils/core/preferences';
import { checkTimeOfDay, formatTimeOfDay } from '@/utils/core/time-of-day';
import { useFieldDraft } from './use-field-draft';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** The preferences typed as text: each is a number once checked. */
export type TypedPreference =
  | 'intervalMinutes'
  | 'pauseSeconds'
  | 'activeStartMinute'
  | 'activeEndMinute'
  | 'naturalBreakMinutes';

/** What a typed field needs from the form: its text, and what editing and leaving it do. */
export interface TypedFieldProps {
  value: string;
  /** What another page stored while something else was typed here, as the field shows it. */
  elsewhere: { value: string; onTake: () => void } | null;
  onInput: (text: string) => void;
  onCommit: (text: string) => void;
}

/**
 * The settings form's state and rules: every valid change saves at once, an invalid one is
 * explained and not saved. What the page shows is the sections' (RemindersSection, ContentSection).
 * `stored` is the preferences as stored now: what another page saves shows here at once, except
 * where something else is typed, which stays, with what was stored there beside it.
 */
export function useSettingsForm(
  stored: Preferences,
  onSave: (preferences: Preferences) => Promise<void>,
) {
  const initialPreferences = useRef(stored).current;
  const [preferences, setPreferences] = useState(initialPreferences);
  // What the last save asked for, read synchronously: two changes in quick succession (a day
  // ticked while a number still saves) must build on each other, not on the last render.
  const latest = useRef(initialPreferences);
  const drafts = {
    intervalMinutes: useFieldDraft(preferences.intervalMinutes, checkIntervalMinutes),
    pauseSeconds: useFieldDraft(preferences.pauseSeconds, checkPauseSeconds),
    activeStartMinute: useFieldDraft(
      preferences.activeStartMinute,
      checkTimeOfDay,
      formatTimeOfDay,
    ),
    activeEndMinute: useFieldDraft(preferences.activeEndMinute, checkTimeOfDay, formatTimeOfDay),
    naturalBreakMinutes: useFieldDraft(preferences.naturalBreakMinutes, checkNaturalBreakMinutes),
  };
  const [daysDraft, setDaysDraft] = useState<Weekday[]>(preferences.activeDays);
  const [daysError, setDaysError] = useState<DaysError | null>(null);
  const [kindsDraft, setKindsDraft] = useState<CardKind[]>(preferences.enabledKinds);
  const [kindsError, setKindsError] = useState<KindsError | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');

  // Another page stored preferences: the fields it changed follow, each as its draft allows.
  const shown = useRef(stored);
  useEffect(() => {
    // Measured against what this page knows, its own saves included, not what it was last shown.
    const before = latest.current;
    if (shown.current === stored) return;
    shown.current = stored;
    const fields = listChangedFields(before, stored);
    if (fields.length === 0) return;
    latest.current = { ...latest.current, ...pickFields(stored, fields) };
    setPreferences(latest.current);
    for (const field of fields) {
      if (field in drafts) {
        const typed = field as TypedPreference;
        drafts[typed].follow(stored[typed], before[typed]);
      }
    }
    if (isSameVersion(daysDraft, before.activeDays)) setDaysDraft(stored.activeDays);
    if (isSameVersion(kindsDraft, before.enabledKinds)) setKindsDraft(stored.enabledKinds);
  }, [stored]);

  /** Runs a change and says how it went. */
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
    return run(() => onSave(next));
  }

  /** Checks a typed field that was left (or Enter pressed) and saves its value if it changed. */
  function commitTyped(field: TypedPreference, text: string) {
    const value = drafts[field].check(text);
    if (value === null) {
      setStatus('idle');
      return;
    }
    if (value === latest.current[field]) return;
    const change: Partial<Preferences> = {};
    change[field] = value;
    void save(change);
  }

  return {
    preferences,
    status,
    run,
    save,
    daysDraft,
    daysError,
    kindsDraft,
    kindsError,
    /** What each typed field holds while it is edited, and why it was last refused. */
    drafts,
    /** Props shared by every typed field: its text, and what editing and leaving it do. */
    typedProps(field: TypedPreference): TypedFieldProps {
      const draft = drafts[field];
      return {
        value: draft.text,
        elsewhere:
          draft.elsewhere === null ? null : { value: draft.elsewhere, onTake: draft.takeElsewhere },
        onInput: (text) => {
          drafts[field].setText(text);
          setStatus('idle');
        },
        onCommit: (text) => commitTyped(field, text),
      };
    },
    /** Enter in the form: every typed field is committed (unchanged ones do not save again). */
    commitAllTyped() {
      for (const field of Object.keys(drafts) as TypedPreference[]) {
        commitTyped(field, drafts[field].text);
      }
    },
    commitDays(days: Weekday[]) {
      setDaysDraft(days);
      const check = checkActiveDays(days);
      if (!check.isValid) {
        setDaysError(check.error);
        setStatus('idle');
        return;
      }
      setDaysError(null);
      void save({ activeDays: check.value });
    },
    commitKinds(kinds: CardKind[]) {
      setKindsDraft(kinds);
      const check = checkEnabledKinds(kinds);
      if (!check.isValid) {
        setKindsError(check.error);
        setStatus('idle');
        return;
      }
      setKindsError(null);
      void save({ enabledKinds: check.value });
    },
    commitDelivery(mode: DeliveryMode) {
      const check = checkDeliveryMode(mode);
      if (check.isValid) void save({ deliveryMode: check.value });
    },
  };
}

export type SettingsForm = ReturnType<typeof useSettingsForm>;

/** Only the named fields of `preferences`. */
function pickFields(preferences: Preferences, fields: readonly (keyof Preferences)[]) {
  return Object.fromEntries(
    fields.map((field) => [field, preferences[field]]),
  ) as Partial<Preferences>;
}

import type { UiMessages } from '@/assets/i18n/types';
import { CheckboxGroup } from '@/components/CheckboxGroup';
import { NumberField } from '@/components/NumberField';
import { SelectField } from '@/components/SelectField';
import { TimeField } from '@/components/TimeField';
import { ToggleField } from '@/components/ToggleField';
import {
  DELIVERY_MODES,
  type DeliveryMode,
  WEEKDAYS,
  type Weekday,
} from '@/utils/core/preferences';
import type { SettingsForm, TypedPreference } from './use-settings-form';

export interface RemindersSectionProps {
  messages: UiMessages;
  form: SettingsForm;
  /** The keyboard shortcut that starts a pause ("Ctrl+Shift+P"), or null when there is none. */
  shortcut: string | null;
}

/** Herinneringen: when pauses come, how long they last, and how they announce themselves. */
export function RemindersSection({ messages, form, shortcut }: RemindersSectionProps) {
  const { drafts, preferences } = form;
  /** A typed field's props, with what another page stored meanwhile in words. */
  const typed = (field: TypedPreference) => {
    const { elsewhere, ...props } = form.typedProps(field);
    return {
      ...props,
      elsewhere: elsewhere && {
        text: messages.fieldChangedElsewhere(elsewhere.value),
        takeLabel: messages.takeElsewhere(elsewhere.value),
        onTake: elsewhere.onTake,
      },
    };
  };
  return (
    <section class="panel" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{messages.remindersHeading}</h2>
      <NumberField
        id="interval-minutes"
        label={messages.intervalLabel}
        hint={messages.intervalHint}
        error={
          drafts.intervalMinutes.error && messages.intervalErrors[drafts.intervalMinutes.error]
        }
        {...typed('intervalMinutes')}
      />
      <NumberField
        id="pause-seconds"
        label={messages.pauseSecondsLabel}
        hint={messages.pauseSecondsHint}
        error={drafts.pauseSeconds.error && messages.pauseSecondsErrors[drafts.pauseSeconds.error]}
        {...typed('pauseSeconds')}
      />
      <CheckboxGroup<Weekday>
        id="active-days"
        legend={messages.activeDaysLegend}
        layout="row"
        options={WEEKDAYS.map((day) => ({ value: day, label: messages.weekdayNames[day] }))}
        checked={form.daysDraft}
        error={form.daysError && messages.daysErrors[form.daysError]}
        onChange={form.commitDays}
      />
      <div class="time-range">
        <div class="time-range-fields">
          <TimeField
            id="active-start"
            label={messages.activeStartLabel}
            hintId="active-hours-hint"
            error={
              drafts.activeStartMinute.error && messages.timeErrors[drafts.activeStartMinute.error]
            }
            {...typed('activeStartMinute')}
          />
          <TimeField
            id="active-end"
            label={messages.activeEndLabel}
            hintId="active-hours-hint"
            error={
              drafts.activeEndMinute.error && messages.timeErrors[drafts.activeEndMinute.error]
            }
            {...typed('activeEndMinute')}
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
        error={
          drafts.naturalBreakMinutes.error &&
          messages.naturalBreakErrors[drafts.naturalBreakMinutes.error]
        }
        {...typed('naturalBreakMinutes')}
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
        onChange={form.commitDelivery}
      />
      <ToggleField
        id="sound-enabled"
        label={messages.soundLabel}
        hint={messages.soundHint}
        checked={preferences.soundEnabled}
        onChange={(soundEnabled) => void form.save({ soundEnabled })}
      />
      <ToggleField
        id="wait-while-busy"
        label={messages.waitWhileBusyLabel}
        hint={messages.waitWhileBusyHint}
        checked={preferences.waitWhileBusy}
        onChange={(waitWhileBusy) => void form.save({ waitWhileBusy })}
      />
      <ToggleField
        id="wait-while-sound"
        label={messages.waitWhileSoundLabel}
        hint={messages.waitWhileSoundHint}
        checked={preferences.waitWhileSound}
        onChange={(waitWhileSound) => void form.save({ waitWhileSound })}
      />
      <ToggleField
        id="card-in-notification"
        label={messages.cardInNotificationLabel}
        hint={messages.cardInNotificationHint}
        checked={preferences.cardInNotification}
        onChange={(cardInNotification) => void form.save({ cardInNotification })}
      />
      {shortcut && <p class="shortcut-hint">{messages.shortcutHint(shortcut)}</p>}
    </section>
  );
}

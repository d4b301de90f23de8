import { useState } from 'preact/hooks';
import type { UiMessages } from '@/assets/i18n/types';
import { NumberField } from '@/components/NumberField';
import { checkIntervalMinutes, type Preferences } from '@/utils/preferences';

export interface OptionsAppProps {
  messages: UiMessages;
  initialPreferences: Preferences;
  /** True when stored data had to be repaired on load. */
  hasRepairedData: boolean;
  onSave: (preferences: Preferences) => Promise<void>;
}

type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** The settings page. A valid value saves as soon as the person leaves its field. */
export function App({ messages, initialPreferences, hasRepairedData, onSave }: OptionsAppProps) {
  const [preferences, setPreferences] = useState(initialPreferences);
  const [draft, setDraft] = useState(String(initialPreferences.intervalMinutes));
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');

  async function commitInterval(value: string) {
    const check = checkIntervalMinutes(value);
    if (!check.isValid) {
      setError(messages.intervalErrors[check.error]);
      setStatus('idle');
      return;
    }
    setError(null);
    setDraft(String(check.value));
    if (check.value === preferences.intervalMinutes) return;
    const next = { ...preferences, intervalMinutes: check.value };
    setStatus('saving');
    try {
      await onSave(next);
      setPreferences(next);
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <main class="options">
      <h1>{messages.optionsTitle}</h1>
      {hasRepairedData && (
        <p class="notice" role="status">
          {messages.repairedNotice}
        </p>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void commitInterval(draft);
        }}
      >
        <fieldset>
          <legend>{messages.remindersHeading}</legend>
          <NumberField
            id="interval-minutes"
            label={messages.intervalLabel}
            hint={messages.intervalHint}
            value={draft}
            error={error}
            onInput={(value) => {
              setDraft(value);
              setStatus('idle');
            }}
            onCommit={(value) => void commitInterval(value)}
          />
        </fieldset>
        <p class={`save-status save-status-${status}`} role="status">
          {status === 'saved' ? messages.saved : status === 'failed' ? messages.saveFailed : ''}
        </p>
      </form>
    </main>
  );
}

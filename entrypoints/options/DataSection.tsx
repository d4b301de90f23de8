import { useEffect, useState } from 'preact/hooks';
import type { UiMessages } from '@/assets/i18n/types';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { IMPORT_MAX_BYTES, type ImportProblem, type ParsedImport } from '@/utils/core/export-file';
import { hasNote } from '@/utils/core/pause-log';
import { type Confirming, type DataSummary, describeConfirmation } from './confirmation';
import { DataAction } from './DataAction';
import { ImportProblems } from './ImportProblems';
import './data.css';

export type { DataSummary };

/** What the data section does; the page wires it to the store and the background. */
export interface DataActions {
  /** Saves the export file; resolves to its name. */
  exportData: () => Promise<string>;
  /** Checks a chosen file without changing anything. */
  checkImport: (bytes: Uint8Array) => ParsedImport;
  /** Imports a file checked before (and checks it again: nothing invalid is ever written). */
  importData: (bytes: Uint8Array) => Promise<ParsedImport>;
  resetPreferences: () => Promise<void>;
  deleteAll: () => Promise<void>;
}

/** The last thing done, said once the page shows the data it left behind. */
export type DataNotice = 'imported' | 'reset' | 'deleted';

export interface DataSectionProps {
  messages: UiMessages;
  summary: DataSummary;
  actions: DataActions;
  notice: DataNotice | null;
}

/** Export, import, reset to defaults, delete everything. */
export function DataSection({ messages, summary, actions, notice }: DataSectionProps) {
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [fileInputKey, setFileInputKey] = useState(0);

  // Said after the first paint, so a screen reader hears it as news in the status region.
  useEffect(() => {
    if (notice === 'imported') setStatus(messages.imported);
    if (notice === 'reset') setStatus(messages.resetDone);
    if (notice === 'deleted') setStatus(messages.deleteDone);
  }, [notice, messages]);

  /** Runs a change; if it fails, says that nothing changed. */
  async function attempt(action: () => Promise<void>) {
    try {
      await action();
    } catch {
      setStatus(messages.dataFailed);
    }
  }

  async function chooseFile(file: File | undefined) {
    setProblems([]);
    setStatus('');
    // The same file may be chosen again after it was fixed: the input starts empty each time.
    setFileInputKey((key) => key + 1);
    if (!file) return;
    // The size first: a file too large to be an export is not read at all.
    if (file.size > IMPORT_MAX_BYTES) {
      setProblems([{ code: 'tooLarge' }]);
      return;
    }
    setStatus(messages.importReading);
    let bytes = new Uint8Array();
    let parsed: ParsedImport;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
      // Said before the check, which takes a moment with a large file.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      parsed = actions.checkImport(bytes);
    } catch {
      // Moved, deleted or unreadable since it was chosen.
      parsed = { isValid: false, problems: [{ code: 'notReadable' }] };
    }
    setStatus('');
    if (!parsed.isValid) {
      setProblems(parsed.problems);
      return;
    }
    const { pauseLog, hiddenCardIds, ownCards, intentions } = parsed.data;
    setConfirming({
      kind: 'import',
      bytes,
      summary: {
        pauses: pauseLog.length,
        notes: pauseLog.filter(hasNote).length,
        hiddenCards: hiddenCardIds.length,
        ownCards: ownCards.length,
        steps: intentions.length,
      },
    });
  }

  function confirm() {
    const current = confirming;
    setConfirming(null);
    if (current?.kind === 'import') {
      void attempt(async () => {
        const result = await actions.importData(current.bytes);
        if (!result.isValid) setProblems(result.problems);
      });
    }
    if (current?.kind === 'reset') void attempt(actions.resetPreferences);
    if (current?.kind === 'delete') void attempt(actions.deleteAll);
  }

  const dialog = describeConfirmation(confirming, messages);

  return (
    <section class="panel" aria-labelledby="data-heading">
      <h2 id="data-heading">{messages.dataHeading}</h2>
      <p class="data-summary">
        {messages.dataSummary(summary.pauses, summary.notes, summary.hiddenCards)}{' '}
        {messages.ownCardsSummary(summary.ownCards)} {messages.stepsSummary(summary.steps)}{' '}
        <a href="/journal.html">{messages.readJournal}</a>
      </p>

      <DataAction
        id="export"
        label={messages.exportButton}
        hint={messages.exportHint}
        variant="button-primary"
        onClick={() =>
          void attempt(async () => setStatus(messages.exported(await actions.exportData())))
        }
      />

      <div class="field data-import">
        <label for="import-file">{messages.importLabel}</label>
        <input
          key={fileInputKey}
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={problems.length > 0 ? 'import-problems import-hint' : 'import-hint'}
          aria-invalid={problems.length > 0 ? 'true' : undefined}
          onChange={(event) => void chooseFile(event.currentTarget.files?.[0])}
        />
        <p class="field-hint" id="import-hint">
          {messages.importHint}
        </p>
      </div>
      <ImportProblems id="import-problems" problems={problems} messages={messages} />

      <DataAction
        id="reset"
        label={messages.resetButton}
        hint={messages.resetHint}
        variant="button-quiet"
        onClick={() => setConfirming({ kind: 'reset' })}
      />
      <DataAction
        id="delete"
        label={messages.deleteButton}
        hint={messages.deleteHint}
        variant="button-danger-quiet"
        onClick={() => setConfirming({ kind: 'delete' })}
      />
      <p class="data-status" role="status">
        {status}
      </p>

      <ConfirmDialog
        open={confirming !== null}
        {...dialog}
        cancelLabel={messages.cancel}
        isDestructive={confirming?.kind === 'delete'}
        onConfirm={confirm}
        onCancel={() => setConfirming(null)}
      />
    </section>
  );
}

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Card } from '@/assets/content/types';
import type { JournalMessages } from '@/assets/i18n/journal-types';
import { findCard } from '@/utils/core/deck';
import {
  describeDay,
  groupByDay,
  JOURNAL_PAGE_SIZE,
  type JournalFilter,
  keyEntries,
  removeLine,
  replaceLine,
  restoreLine,
  selectEntries,
  type TakenLine,
} from '@/utils/core/journal';
import type { Language } from '@/utils/core/language';
import type { PauseLogEntry } from '@/utils/core/pause-model';
import { JournalEntry } from './JournalEntry';
import { JournalTools } from './JournalTools';
import type { SaveFailure } from './NoteEditor';

export interface JournalAppProps {
  messages: JournalMessages;
  language: Language;
  cards: readonly Card[];
  /** The history as stored, oldest first; a new one when another page changed it. */
  log: readonly PauseLogEntry[];
  /** The clock: the page passes Date.now, tests a fake one. */
  now: () => number;
  /** Each stores one change in one write; resolves to why it did not, or null once it did. */
  replaceLine: (line: TakenLine, next: TakenLine) => Promise<SaveFailure | null>;
  deleteLine: (line: TakenLine) => Promise<SaveFailure | null>;
  restoreLine: (line: TakenLine) => Promise<SaveFailure | null>;
  pauseUrl: string;
  settingsUrl: string;
}

/**
 * The journal: every pause taken, newest first, by day; its card and note, each note edited or
 * deleted in place. Search and a filter narrow it; it shows a page of entries at a time.
 */
export function App(props: JournalAppProps) {
  const { messages, language } = props;
  const [log, setLog] = useState(props.log);
  /** Lines deleted on this page, shown as an undo where they were until the page closes. */
  const [deleted, setDeleted] = useState<readonly TakenLine[]>([]);
  const [filter, setFilter] = useState<JournalFilter>('all');
  const [query, setQuery] = useState('');
  const [shownCount, setShownCount] = useState(JOURNAL_PAGE_SIZE);
  const [firstNewKey, setFirstNewKey] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => setLog(props.log), [props.log]);

  // A deleted entry keeps its place while its undo is offered.
  const found = useMemo(
    () => selectEntries(deleted.length === 0 ? log : [...log, ...deleted], filter, query),
    [log, deleted, filter, query],
  );
  const shown = found.slice(0, shownCount);
  const keys = keyEntries(shown);
  const days = groupByDay(shown);
  const hasAnyPause = log.some((line) => line.outcome === 'taken') || deleted.length > 0;
  const nowMs = props.now();

  // "Oudere tonen": focus moves to the first entry it added, so reading goes on from there.
  useEffect(() => {
    if (!firstNewKey) return;
    listRef.current?.querySelector<HTMLElement>(`[data-key="${firstNewKey}"]`)?.focus();
    setFirstNewKey(null);
  }, [firstNewKey]);

  /** Runs a store change, and on success applies the same change to the page's copy. */
  async function apply(
    store: () => Promise<SaveFailure | null>,
    update: () => void,
  ): Promise<SaveFailure | null> {
    const reason = await store();
    if (reason === null) update();
    return reason;
  }

  let keyIndex = 0;
  return (
    <main class="journal">
      <header class="journal-header">
        <h1>{messages.journalHeading}</h1>
        <p class="journal-intro">{messages.journalIntro}</p>
      </header>
      {!hasAnyPause ? (
        <section class="journal-empty" aria-labelledby="journal-empty-heading">
          <h2 id="journal-empty-heading">{messages.emptyHeading}</h2>
          <p>{messages.emptyText}</p>
          <a class="button button-primary" href={props.pauseUrl}>
            {messages.emptyAction}
          </a>
        </section>
      ) : (
        <>
          <JournalTools
            messages={messages}
            query={query}
            filter={filter}
            foundCount={found.length}
            onQuery={(value) => {
              setQuery(value);
              setShownCount(JOURNAL_PAGE_SIZE);
            }}
            onFilter={(value) => {
              setFilter(value);
              setShownCount(JOURNAL_PAGE_SIZE);
            }}
          />
          {found.length === 0 && <p class="journal-none">{messages.noMatches}</p>}
          <div class="journal-days" ref={listRef}>
            {days.map((day) => (
              <section class="journal-day" key={day.dayKey} aria-labelledby={`day-${day.dayKey}`}>
                <h2 id={`day-${day.dayKey}`}>
                  {describeDay(day.noonMs, nowMs, language, messages)}
                </h2>
                <ol class="journal-entries">
                  {day.entries.map((line) => {
                    const key = keys[keyIndex++] ?? '';
                    return (
                      <li key={key} data-key={key} tabIndex={-1}>
                        <JournalEntry
                          id={`entry-${key}`}
                          line={line}
                          card={findCard(props.cards, line.cardId)}
                          messages={messages}
                          language={language}
                          isDeleted={deleted.includes(line)}
                          onSave={(note) => {
                            const next: TakenLine = { ...line, note };
                            return apply(
                              () => props.replaceLine(line, next),
                              () => setLog((held) => replaceLine(held, line, next) ?? held),
                            );
                          }}
                          onDelete={() =>
                            apply(
                              () => props.deleteLine(line),
                              () => {
                                setLog((held) => removeLine(held, line) ?? held);
                                setDeleted((lines) => [...lines, line]);
                              },
                            )
                          }
                          onUndo={() =>
                            apply(
                              () => props.restoreLine(line),
                              () => {
                                setLog((held) => restoreLine(held, line));
                                setDeleted((lines) => lines.filter((held) => held !== line));
                              },
                            )
                          }
                        />
                      </li>
                    );
                  })}
                </ol>
              </section>
            ))}
          </div>
          {found.length > shown.length && (
            <div class="journal-more">
              <p>{messages.shownOf(shown.length, found.length)}</p>
              <button
                type="button"
                class="button button-quiet"
                onClick={() => {
                  const more = found.slice(shown.length, shown.length + JOURNAL_PAGE_SIZE);
                  const [first] = keyEntries([...shown, ...more]).slice(shown.length);
                  setShownCount(shown.length + JOURNAL_PAGE_SIZE);
                  setFirstNewKey(first ?? null);
                }}
              >
                {messages.showOlder}
              </button>
            </div>
          )}
        </>
      )}
      <footer class="journal-footer">
        <a href={props.settingsUrl}>{messages.openSettings}</a>
      </footer>
    </main>
  );
}

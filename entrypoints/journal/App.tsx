import { useEffect, useRef, useState } from 'preact/hooks';
import type { Card } from '@/utils/core/card';
import { findCard } from '@/utils/core/deck';
import type { Intention } from '@/utils/core/intentions';
import {
  describeDay,
  groupByDay,
  JOURNAL_PAGE_SIZE,
  type JournalFilter,
  type JournalItem,
  keyItems,
} from '@/utils/core/journal';
import type { Language } from '@/utils/core/language';
import type { PauseLogEntry } from '@/utils/core/pause-model';
import type { Preferences } from '@/utils/core/preferences';
import type { EntryMessages } from './entry-words';
import { JournalEntry } from './JournalEntry';
import { JournalTools } from './JournalTools';
import { Rhythm } from './Rhythm';
import { StepEntry } from './StepEntry';
import { type JournalStore, useJournalData } from './use-journal-data';

export interface JournalAppProps extends JournalStore {
  messages: EntryMessages;
  language: Language;
  cards: readonly Card[];
  /** The history as stored, oldest first; a new one when another page changed it. */
  log: readonly PauseLogEntry[];
  /** The small steps as stored; a new list when another page changed them. */
  intentions: readonly Intention[];
  /** The active hours, for when an open step's follow-up comes. */
  hours: Preferences;
  /** The clock: the page passes Date.now, tests a fake one. */
  now: () => number;
  pauseUrl: string;
  settingsUrl: string;
}

/**
 * The journal: every pause taken and every small step, newest first, by day; each with its card,
 * its note or its follow-up, edited or deleted in place. Search and a filter narrow it; it shows a
 * page of entries at a time.
 */
export function App(props: JournalAppProps) {
  const { messages, language } = props;
  const [filter, setFilter] = useState<JournalFilter>('all');
  const [query, setQuery] = useState('');
  const [shownCount, setShownCount] = useState(JOURNAL_PAGE_SIZE);
  const [firstNewKey, setFirstNewKey] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const { found, isEmpty, forPause, forStep } = useJournalData(props, props, filter, query);
  const shown = found.slice(0, shownCount);
  const keys = new Map(keyItems(shown).map((key, index) => [shown[index], key]));
  const nowMs = props.now();

  // "Oudere tonen": focus moves to the first entry it added, so reading goes on from there.
  useEffect(() => {
    if (!firstNewKey) return;
    listRef.current?.querySelector<HTMLElement>(`[data-key="${firstNewKey}"]`)?.focus();
    setFirstNewKey(null);
  }, [firstNewKey]);

  const renderItem = (item: JournalItem, key: string) =>
    item.kind === 'pause' ? (
      <JournalEntry
        id={`entry-${key}`}
        line={item.line}
        card={findCard(props.cards, item.line.cardId)}
        messages={messages}
        language={language}
        {...forPause(item.line)}
      />
    ) : (
      <StepEntry
        id={`entry-${key}`}
        intention={item.intention}
        card={findCard(props.cards, item.intention.cardId)}
        messages={messages}
        language={language}
        hours={props.hours}
        now={props.now}
        {...forStep(item.intention)}
      />
    );

  return (
    <main class="journal">
      <header class="journal-header">
        <h1>{messages.journalHeading}</h1>
        <p class="journal-intro">{messages.journalIntro}</p>
      </header>
      {isEmpty ? (
        <section class="journal-empty" aria-labelledby="journal-empty-heading">
          <h2 id="journal-empty-heading">{messages.emptyHeading}</h2>
          <p>{messages.emptyText}</p>
          <a class="button button-primary" href={props.pauseUrl}>
            {messages.emptyAction}
          </a>
        </section>
      ) : (
        <>
          <Rhythm
            messages={messages}
            language={language}
            log={props.log}
            hours={props.hours}
            nowMs={nowMs}
          />
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
            {groupByDay(shown).map((day) => (
              <section class="journal-day" key={day.dayKey} aria-labelledby={`day-${day.dayKey}`}>
                <h2 id={`day-${day.dayKey}`}>
                  {describeDay(day.noonMs, nowMs, language, messages)}
                </h2>
                <ol class="journal-entries">
                  {day.entries.map((item) => {
                    const key = keys.get(item) ?? '';
                    return (
                      <li key={key} data-key={key} tabIndex={-1}>
                        {renderItem(item, key)}
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
                  const [first] = keyItems([...shown, ...more]).slice(shown.length);
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

import type { JournalMessages } from '@/assets/i18n/journal-types';
import { JOURNAL_FILTERS, type JournalFilter } from '@/utils/core/journal';

export interface JournalToolsProps {
  messages: JournalMessages;
  query: string;
  filter: JournalFilter;
  /** How many entries fit the search and the filter. */
  foundCount: number;
  onQuery: (query: string) => void;
  onFilter: (filter: JournalFilter) => void;
}

/** Search the notes, choose which entries show, and hear how many fit. */
export function JournalTools(props: JournalToolsProps) {
  const { messages } = props;
  return (
    <search class="journal-tools">
      <div class="journal-search">
        <label for="journal-search">{messages.searchLabel}</label>
        <input
          id="journal-search"
          type="search"
          value={props.query}
          onInput={(event) => props.onQuery(event.currentTarget.value)}
        />
      </div>
      <fieldset class="journal-filter">
        <legend>{messages.filterLegend}</legend>
        {JOURNAL_FILTERS.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="journal-filter"
              value={value}
              checked={props.filter === value}
              onChange={() => props.onFilter(value)}
            />
            {messages.filterNames[value]}
          </label>
        ))}
      </fieldset>
      <p class="journal-count" role="status">
        {messages.foundCount(props.foundCount)}
      </p>
    </search>
  );
}

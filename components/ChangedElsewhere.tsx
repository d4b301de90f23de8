import type { EditMessages } from '@/assets/i18n/edit-types';

/** One field of what is stored elsewhere now, as the person reads it. */
export interface TheirField {
  label: string;
  text: string;
}

export interface ChangedElsewhereProps {
  id: string;
  messages: EditMessages;
  /** What is stored now, field by field; null when it was deleted elsewhere. */
  theirs: readonly TheirField[] | null;
  /** Keeps the person's own words: over what is stored now, or put back when it was deleted. */
  onKeepMine: () => void;
  /** Keeps both: each field of theirs and the person's words together. Not for a delete. */
  onKeepBoth?: () => void;
  /** Keeps what is stored now (or lets the deleted entry go): the person's words are let go. */
  onKeepTheirs: () => void;
}

/**
 * What a person sees when what they are editing changed or went elsewhere meanwhile: what
 * happened, what is stored there now beside their own words (which stay in their fields), and
 * the choice of either or both.
 */
export function ChangedElsewhere(props: ChangedElsewhereProps) {
  const { id, messages, theirs } = props;
  const isGone = theirs === null;
  const headingId = `${id}-elsewhere`;
  return (
    <section class="changed-elsewhere" aria-labelledby={headingId}>
      {/* Said politely as it comes: it may come while the person types, so it takes no focus. */}
      <div role="status">
        <h4 id={headingId}>{isGone ? messages.goneHeading : messages.changedHeading}</h4>
        <p>{isGone ? messages.goneText : messages.changedText}</p>
      </div>
      {theirs?.some((field) => field.text !== '') && (
        <figure class="changed-elsewhere-theirs">
          <figcaption>{messages.theirsLabel}</figcaption>
          {theirs
            .filter((field) => field.text !== '')
            .map((field) => (
              <div key={field.label}>
                {theirs.length > 1 && <p class="changed-elsewhere-label">{field.label}</p>}
                <p class="changed-elsewhere-text" dir="auto">
                  {field.text}
                </p>
              </div>
            ))}
        </figure>
      )}
      <div class="changed-elsewhere-choices">
        <button type="button" class="button button-primary" onClick={props.onKeepMine}>
          {isGone ? messages.restoreMine : messages.keepMine}
        </button>
        {!isGone && props.onKeepBoth && (
          <button type="button" class="button button-quiet" onClick={props.onKeepBoth}>
            {messages.keepBoth}
          </button>
        )}
        <button type="button" class="button button-quiet" onClick={props.onKeepTheirs}>
          {isGone ? messages.letMineGo : messages.keepTheirs}
        </button>
      </div>
    </section>
  );
}

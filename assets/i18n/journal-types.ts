import type { JournalFilter } from '@/utils/core/journal';
import type { RhythmSpan } from '@/utils/core/rhythm';
import type { EditMessages } from './edit-types';
import type { StepMessages } from './steps-types';
import type { PopupMessages } from './types';

/**
 * The journal page's strings ("Terugblik"): modules of their own (journal-nl.ts, journal-en.ts),
 * with the card labels they share with the popup.
 */
export interface JournalMessages
  extends Pick<
      PopupMessages,
      'kindLabels' | 'ownCard' | 'thoughtLabel' | 'reframeLabel' | 'openSettings'
    >,
    Pick<StepMessages, 'answerLabels' | 'momentWords'>,
    EditMessages {
  journalTitle: string;
  journalHeading: string;
  journalIntro: string;
  searchLabel: string;
  filterLegend: string;
  filterNames: Record<JournalFilter, string>;
  /** How many entries a search or filter found, said to screen readers as it changes. */
  foundCount: (count: number) => string;
  today: string;
  yesterday: string;
  tomorrow: string;
  /** An entry's heading beside its time: a pause taken, or a small step. */
  pauseEntry: string;
  stepEntry: string;
  /** Names the user's own words with a step. */
  stepWordsLabel: string;
  /** An open step: when its follow-up is asked, in words ("morgen om 09:00"). */
  stepOpen: (when: string) => string;
  stepLetGo: string;
  /** The button that lets an open step go (the word the refusal of a fourth step names). */
  letGoStep: string;
  /** Said once an open step is let go from the journal. */
  stepLetGoSaved: string;
  emptyHeading: string;
  emptyText: string;
  emptyAction: string;
  noMatches: string;
  noteLabel: string;
  addNote: string;
  editNote: string;
  saveNote: string;
  cancel: string;
  saved: string;
  deleteEntry: string;
  deleted: string;
  undo: string;
  saveFailed: string;
  /** A delete or an undo met a change made elsewhere: the entry now shows it as it is there. */
  changedMeanwhile: string;
  /** A change met a delete made elsewhere. */
  goneMeanwhile: string;
  notesFull: string;
  /** The journal keeps no more small steps: one deleted cannot come back until one goes. */
  stepsFull: string;
  noteTooLong: (length: number, max: number) => string;
  showOlder: string;
  /** How many of the entries found are shown. */
  shownOf: (shown: number, total: number) => string;
  loadFailed: string;
  // "Je ritme": the moments taken for oneself, never what was missed.
  rhythmHeading: string;
  /** Names the choice between the last week and the last four. */
  rhythmSpanLabel: string;
  rhythmSpanNames: Record<RhythmSpan, string>;
  /** The span in one kind sentence: moments taken, how many with a note. */
  rhythmSummary: (span: RhythmSpan, moments: number, notes: number) => string;
  /** The hour pauses fall in most often, as an observation ("10:00", "11:00"). */
  rhythmUsualHour: (from: string, to: string) => string;
  /** Under a day off in the chart: rest, not nothing. */
  rhythmRest: string;
  rhythmTableCaption: string;
  rhythmTableHeads: { day: string; moments: string; notes: string };
  /** A day off without moments, in the table. */
  rhythmRestDay: string;
}

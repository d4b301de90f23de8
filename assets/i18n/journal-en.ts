import { editMessages } from './edit-en';
import type { JournalMessages } from './journal-types';
import { popupMessages } from './popup-en';
import { stepMessages } from './steps-en';

/** The journal page's strings in English. */
export const journalMessages: JournalMessages = {
  ...editMessages,
  kindLabels: popupMessages.kindLabels,
  ownCard: popupMessages.ownCard,
  thoughtLabel: popupMessages.thoughtLabel,
  reframeLabel: popupMessages.reframeLabel,
  openSettings: popupMessages.openSettings,
  journalTitle: 'Looking back – Moedpauze',
  journalHeading: 'Looking back',
  journalIntro:
    'What you wrote in your pauses, to read back whenever you like. It stays in this browser.',
  searchLabel: 'Search your notes',
  filterLegend: 'Show',
  filterNames: { steps: 'Small steps', all: 'Everything', notes: 'With a note' },
  foundCount: (count) => (count === 1 ? '1 entry' : `${count} entries`),
  today: 'Today',
  yesterday: 'Yesterday',
  tomorrow: 'Tomorrow',
  stepEntry: 'Small step',
  stepWordsLabel: 'With whom or how',
  stepOpen: (when) => `You look back at a pause from ${when}.`,
  stepLetGo: 'You let this step go.',
  letGoStep: stepMessages.followUpLetGo,
  stepLetGoSaved: 'You let this step go.',
  answerLabels: stepMessages.answerLabels,
  momentWords: stepMessages.momentWords,
  pauseEntry: 'Pause',
  emptyHeading: 'Your look back starts here',
  emptyText:
    'After a pause you can write down how it felt. What you write, you can read back here, at your own pace.',
  emptyAction: 'Take a pause now',
  noMatches: 'Nothing fits right now. Try other words, or show everything.',
  noteLabel: 'Your note',
  addNote: 'Add a note',
  editNote: 'Edit',
  saveNote: 'Save',
  cancel: 'Cancel',
  saved: 'Saved.',
  deleteEntry: 'Delete',
  deleted: 'Deleted.',
  undo: 'Undo',
  saveFailed: 'That did not work. Your text is still here; try again in a moment.',
  changedMeanwhile:
    'This changed elsewhere meanwhile. It now shows here as it was saved there: read it, then choose again.',
  goneMeanwhile: 'This was deleted elsewhere meanwhile.',
  notesFull: 'Your history keeps no more notes. Your text is still here.',
  stepsFull: 'Your journal keeps no more small steps. Delete one to put this one back.',
  noteTooLong: (length, max) =>
    `A note can be ${max} characters long; this one is ${length}. Make it a little shorter to save it.`,
  showOlder: 'Show older',
  shownOf: (shown, total) => `The newest ${shown} of ${total}.`,
  loadFailed: 'Your look back could not be read just now. Nothing changed; try again in a moment.',
  rhythmHeading: 'Your rhythm',
  rhythmSpanLabel: 'Period',
  rhythmSpanNames: { 7: 'Last 7 days', 28: 'Last 4 weeks' },
  rhythmSummary: (span, moments, notes) => {
    const when = span === 7 ? 'In the last 7 days' : 'In the last 4 weeks';
    if (moments === 0) return `${when} there is no moment here yet. Every pause you take joins it.`;
    const taken = `${when} you took ${moments} ${moments === 1 ? 'moment' : 'moments'} for yourself`;
    if (notes === 0) return `${taken}.`;
    return moments === 1 ? `${taken}, with a note.` : `${taken}, ${notes} of them with a note.`;
  },
  rhythmUsualHour: (from, to) => `Your pauses fall most often between ${from} and ${to}.`,
  rhythmRest: 'rest',
  rhythmTableCaption: 'Your moments by day',
  rhythmTableHeads: { day: 'Day', moments: 'Moments for yourself', notes: 'With a note' },
  rhythmRestDay: 'Day off',
};

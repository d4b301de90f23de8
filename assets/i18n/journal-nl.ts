import { editMessages } from './edit-nl';
import type { JournalMessages } from './journal-types';
import { popupMessages } from './popup-nl';
import { stepMessages } from './steps-nl';

/** The journal page's strings in Dutch. */
export const journalMessages: JournalMessages = {
  ...editMessages,
  kindLabels: popupMessages.kindLabels,
  ownCard: popupMessages.ownCard,
  thoughtLabel: popupMessages.thoughtLabel,
  reframeLabel: popupMessages.reframeLabel,
  openSettings: popupMessages.openSettings,
  journalTitle: 'Terugblik – Moedpauze',
  journalHeading: 'Terugblik',
  journalIntro:
    'Wat je in je pauzes schreef, om terug te lezen wanneer je wilt. Het blijft in deze browser.',
  searchLabel: 'Zoek in je notities',
  filterLegend: 'Toon',
  filterNames: { steps: 'Kleine stappen', all: 'Alles', notes: 'Met een notitie' },
  foundCount: (count) => (count === 1 ? '1 moment' : `${count} momenten`),
  today: 'Vandaag',
  yesterday: 'Gisteren',
  tomorrow: 'Morgen',
  stepEntry: 'Kleine stap',
  stepWordsLabel: 'Met wie of hoe',
  stepOpen: (when) => `Bij een pauze vanaf ${when} kijk je terug.`,
  stepLetGo: 'Je liet deze stap gaan.',
  letGoStep: stepMessages.followUpLetGo,
  stepLetGoSaved: 'Je laat deze stap gaan.',
  answerLabels: stepMessages.answerLabels,
  momentWords: stepMessages.momentWords,
  pauseEntry: 'Pauze',
  emptyHeading: 'Hier komt je terugblik',
  emptyText:
    'Na een pauze kun je opschrijven hoe het voelde. Wat je schrijft, lees je hier terug, in je eigen tempo.',
  emptyAction: 'Neem nu een pauze',
  noMatches: 'Hier past nu niets bij. Probeer andere woorden, of toon alles.',
  noteLabel: 'Je notitie',
  addNote: 'Notitie toevoegen',
  editNote: 'Bewerken',
  saveNote: 'Bewaren',
  cancel: 'Annuleren',
  saved: 'Bewaard.',
  deleteEntry: 'Verwijderen',
  deleted: 'Verwijderd.',
  undo: 'Ongedaan maken',
  saveFailed: 'Dat lukte niet. Je tekst staat er nog; probeer het zo opnieuw.',
  changedMeanwhile:
    'Dit is intussen ergens anders veranderd. Hier staat het nu zoals het daar is bewaard: lees het na, en kies dan opnieuw.',
  goneMeanwhile: 'Dit is intussen ergens anders verwijderd.',
  notesFull: 'Je geschiedenis bewaart geen notities meer. Je tekst staat er nog.',
  stepsFull:
    'Je terugblik bewaart geen kleine stappen meer. Verwijder er een om deze terug te zetten.',
  noteTooLong: (length, max) =>
    `Een notitie kan ${max} tekens lang zijn; deze is ${length} tekens. Maak hem wat korter om hem te bewaren.`,
  showOlder: 'Oudere tonen',
  shownOf: (shown, total) => `De nieuwste ${shown} van ${total}.`,
  loadFailed:
    'Je terugblik kon nu niet gelezen worden. Er is niets veranderd; probeer het zo opnieuw.',
  rhythmHeading: 'Je ritme',
  rhythmSpanLabel: 'Periode',
  rhythmSpanNames: { 7: 'Afgelopen 7 dagen', 28: 'Afgelopen 4 weken' },
  rhythmSummary: (span, moments, notes) => {
    const when = span === 7 ? 'In de afgelopen 7 dagen' : 'In de afgelopen 4 weken';
    if (moments === 0)
      return `${when} staat hier nog geen moment. Elke pauze die je neemt, komt hier bij.`;
    const taken = `${when} nam je ${moments} ${moments === 1 ? 'moment' : 'momenten'} voor jezelf`;
    if (notes === 0) return `${taken}.`;
    return moments === 1
      ? `${taken}, met een notitie.`
      : `${taken}, ${notes} daarvan met een notitie.`;
  },
  rhythmUsualHour: (from, to) => `Je pauzes vallen het vaakst tussen ${from} en ${to}.`,
  rhythmRest: 'rust',
  rhythmTableCaption: 'Je momenten per dag',
  rhythmTableHeads: { day: 'Dag', moments: 'Momenten voor jezelf', notes: 'Met een notitie' },
  rhythmRestDay: 'Rustdag',
};

// The journal page's language: the cards (through nl-popup.ts, as the other pages take them) and
// the journal's own strings.

export { journalMessages as messages } from '../i18n/journal-nl';
export { cards } from './nl-popup';

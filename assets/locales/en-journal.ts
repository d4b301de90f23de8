// The journal page's language: the cards (through en-popup.ts, as the other pages take them) and
// the journal's own strings.

export { journalMessages as messages } from '../i18n/journal-en';
export { cards } from './en-popup';

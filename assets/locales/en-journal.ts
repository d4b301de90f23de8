// The journal page's language: the cards and the journal's own strings.

export { cards } from '../content/en';
export { journalMessages as messages } from '../i18n/journal-en';

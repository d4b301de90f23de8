// One chunk per language: a page loads its strings and its cards in a single request.
export { cards } from '../content/nl';
export { messages } from '../i18n/nl';

// One chunk per language: a page loads its strings and its cards in a single request.
export { cards } from '../content/en';
export { messages } from '../i18n/en';

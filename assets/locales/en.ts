// The settings, pause and journal pages' language in one chunk: the cards and every string.

export { cards } from '../content/en';
export { messages } from '../i18n/en';

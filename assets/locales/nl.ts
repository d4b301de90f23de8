// The settings, pause and journal pages' language in one chunk: the cards and every string.

export { cards } from '../content/nl';
export { messages } from '../i18n/nl';

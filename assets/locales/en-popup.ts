// The popup's language in one chunk: the cards and the popup's own strings, none of the other
// pages'. A page loads only its own language, in as few files as possible.
export { cards } from '../content/en';
export { popupMessages as messages } from '../i18n/popup-en';

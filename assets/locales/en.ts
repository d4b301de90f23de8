// The settings and pause pages' language: the popup's chunk (en-popup.ts: the cards and the popup's
// strings) and one more with the other strings, fetched together. The cards come through
// en-popup.ts so that module stays in the popup's chunk; imported straight from ../content/en, it
// would get an empty chunk of its own, one more request for the popup's fallback.

export { messages } from '../i18n/en';
export { cards } from './en-popup';

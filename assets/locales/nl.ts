// The settings and pause pages' language: the popup's chunk (nl-popup.ts: the cards and the popup's
// strings) and one more with the other strings, fetched together. The cards come through
// nl-popup.ts so that module stays in the popup's chunk; imported straight from ../content/nl, it
// would get an empty chunk of its own, one more request for the popup's fallback.

export { messages } from '../i18n/nl';
export { cards } from './nl-popup';

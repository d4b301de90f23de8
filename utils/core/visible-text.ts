// What a person can see of a text, for fields that must say something. Pure.

/**
 * Characters that show nothing on their own: white space of every width, format characters
 * (zero-width space and joiners, the word joiner, the byte order mark, the soft hyphen, bidi
 * marks, embeddings and isolates), controls, and a few fillers and selectors that draw nothing
 * (the combining grapheme joiner, Hangul fillers, Mongolian and variation selectors, the braille
 * blank).
 */
const INVISIBLE =
  /[\p{White_Space}\p{Cc}\p{Cf}\u115f\u1160\u180e\u2800\u3164\uffa0]|\u034f|\u17b4|\u17b5|\u180b|\u180c|\u180d|\u180f|[\ufe00-\ufe0f]/gu;

/** Zero-width and bidi characters: they change how words are drawn, not which words they are. */
const ZERO_WIDTH = /\p{Cf}|\u034f|[\ufe00-\ufe0f]/gu;

/** A text as stored: in NFC (so one word has one form, however it was typed) and trimmed. */
export const normalizeText = (text: string): string => text.normalize('NFC').trim();

/** True when a text holds nothing a person can see (an empty text included). */
export const isInvisible = (text: string): boolean => text.replace(INVISIBLE, '') === '';

/**
 * A text as it is compared, to tell whether two say the same: in NFC, in lower case (not by any
 * one language's rules), without zero-width and bidi characters, its white space one space.
 */
export const comparableText = (text: string): string =>
  text.normalize('NFC').toLowerCase().replace(ZERO_WIDTH, '').replace(/\s+/gu, ' ').trim();

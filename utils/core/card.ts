// The domain of the deck: the kinds of card and their shapes, shared by the core, the store and
// the pages. The article's cards themselves are content: assets/content/.

/** The kinds of card the deck holds. */
export type CardKind = 'quote' | 'reframe' | 'question' | 'step';

/** Every kind of card, in the order they are offered. */
export const CARD_KINDS: readonly CardKind[] = ['quote', 'reframe', 'question', 'step'];

/** The article's sections, in reading order. */
export type SectionId =
  | 'intro'
  | 'meaning'
  | 'discomfort'
  | 'strength'
  | 'missing'
  | 'steps'
  | 'questions'
  | 'closing';

interface CardBase {
  /** Stable across languages and releases: stored in shuffle bags and hidden lists. */
  id: string;
  /** Where the card comes from: a section of the article, or 'own' for one the user wrote. */
  section: SectionId | 'own';
}

/** A line said once: a quote, a reflection question or a small step. */
export interface TextCard extends CardBase {
  kind: 'quote' | 'question' | 'step';
  text: string;
}

/** A critical thought and the article's milder answer to it. */
export interface ReframeCard extends CardBase {
  kind: 'reframe';
  thought: string;
  reframe: string;
}

export type Card = TextCard | ReframeCard;

/** The article the cards come from: its title (in Dutch, as published) and publication date. */
export const ARTICLE = {
  title: 'Waarom voelen we ons zwak als we kwetsbaar zijn?',
  /** ISO 8601, for a `<time>` element; the article itself says 18-06-2025. */
  published: '2025-06-18',
} as const;

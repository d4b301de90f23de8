import { ARTICLE } from '@/assets/content/article';
import type { UiMessages } from '@/assets/i18n/types';

export interface AboutSectionProps {
  messages: UiMessages;
  /** The extension's version, as its manifest says. */
  version: string;
}

/** Privacy, and where the cards come from. */
export function AboutSection({ messages, version }: AboutSectionProps) {
  return (
    <section class="panel" aria-labelledby="about-heading">
      <h2 id="about-heading">{messages.aboutHeading}</h2>
      <h3>{messages.privacyHeading}</h3>
      <p class="about-text">{messages.privacyText}</p>
      <p class="about-text">
        {messages.articleBefore} <cite lang="nl">{ARTICLE.title}</cite>
        {messages.articleAfter} <time dateTime={ARTICLE.published}>{messages.articleDate}</time>.{' '}
        {messages.articleThesis}
      </p>
      <p class="field-hint">{messages.version(version)}</p>
    </section>
  );
}

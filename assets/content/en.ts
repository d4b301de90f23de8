import type { Card } from '@/utils/core/card';

/**
 * The English deck: a plain translation of nl.ts, with the same ids, kinds, sections and
 * order. The Brené Brown quote is English in the article and stays as it is.
 */
export const cards: readonly Card[] = [
  // Intro
  {
    id: 'quote-seen-as-weakness',
    kind: 'quote',
    section: 'intro',
    text: 'Vulnerability is something we often associate with weakness.',
  },
  {
    id: 'quote-afraid-to-open-up',
    kind: 'quote',
    section: 'intro',
    text: 'We are afraid to show our heart, to open up our feelings or to ask for help',
  },
  {
    id: 'reframe-fear-of-rejection',
    kind: 'reframe',
    section: 'intro',
    thought: 'imagine someone rejects us, judges us or lets us down',
    reframe:
      'Trust in a relationship, whether a friendship or a romance, is built on taking risks.',
  },
  {
    id: 'quote-deeper-story',
    kind: 'quote',
    section: 'intro',
    text: 'Yet there is a deeper and more powerful story about vulnerability that shows just how valuable it can be.',
  },

  // What do we mean by vulnerability?
  {
    id: 'quote-what-it-means',
    kind: 'quote',
    section: 'meaning',
    text: 'Vulnerability means letting yourself be seen with feelings like uncertainty, fear or disappointment.',
  },
  {
    id: 'quote-feelings-that-matter',
    kind: 'quote',
    section: 'meaning',
    text: 'Feelings that do matter, but that you fear others will judge you for.',
  },
  {
    id: 'reframe-must-be-strong',
    kind: 'reframe',
    section: 'meaning',
    thought: 'We have learned that you have to be strong',
    reframe: 'real strength often goes hand in hand with showing your emotions.',
  },
  {
    id: 'quote-brene-brown',
    kind: 'quote',
    section: 'meaning',
    text: 'Vulnerability is the birthplace of love, belonging, joy, courage, empathy and creativity',
  },

  // Why does vulnerability feel so uncomfortable?
  {
    id: 'reframe-less-respect',
    kind: 'reframe',
    section: 'discomfort',
    thought: 'we are afraid that others will respect us less when we show our emotions.',
    reframe: 'by opening up, you make a real connection with others, and that builds trust.',
  },
  {
    id: 'quote-feeling-runs-strong',
    kind: 'quote',
    section: 'discomfort',
    text: 'That feeling runs strong because we often think vulnerability is the same as weakness.',
  },
  {
    id: 'reframe-risk-of-pain',
    kind: 'reframe',
    section: 'discomfort',
    thought:
      "daring to be vulnerable means exposing yourself to the chance that someone won't understand or accept your feelings.",
    reframe: "You don't have to share everything.",
  },
  {
    id: 'reframe-unknown-reception',
    kind: 'reframe',
    section: 'discomfort',
    thought: "you are going to share something and you don't know how it will be received.",
    reframe: 'vulnerability takes courage, because you are taking risks.',
  },

  // But vulnerability is actually a strength
  {
    id: 'quote-stronger-and-resilient',
    kind: 'quote',
    section: 'strength',
    text: 'Many studies show that people who dare to show who they really are often turn out to be stronger and more resilient',
  },
  {
    id: 'quote-comfort-zones',
    kind: 'quote',
    section: 'strength',
    text: 'It allows you to step out of your comfort zones and to learn.',
  },
  {
    id: 'quote-human-and-sincere',
    kind: 'quote',
    section: 'strength',
    text: 'by showing your feelings, you show your imperfections — and that makes you human and sincere.',
  },
  {
    id: 'quote-real-intimacy',
    kind: 'quote',
    section: 'strength',
    text: 'real intimacy grows when you share not only your successes, but also your struggles.',
  },

  // What do we miss without vulnerability?
  {
    id: 'quote-walls',
    kind: 'quote',
    section: 'missing',
    text: "When you don't show yourself with your feelings, you build walls between yourself and others.",
  },
  {
    id: 'quote-false-safety',
    kind: 'quote',
    section: 'missing',
    text: 'Those walls give a false sense of safety, but in the end they leave you struggling alone, even in the midst of others.',
  },
  {
    id: 'quote-isolated-among-many',
    kind: 'quote',
    section: 'missing',
    text: 'Research shows that even people with a large social network can feel emotionally isolated if there is no one they can truly turn to.',
  },
  {
    id: 'quote-loneliness',
    kind: 'quote',
    section: 'missing',
    text: 'This loneliness colours your feelings of restlessness, gloom and mental fatigue, and often works against what you are looking for in friendships and relationships.',
  },
  {
    id: 'quote-door-to-depth',
    kind: 'quote',
    section: 'missing',
    text: 'Vulnerability opens the door to depth in relationships.',
  },
  {
    id: 'quote-surface-conversations',
    kind: 'quote',
    section: 'missing',
    text: "When you don't share what you feel and think, conversations often stay on the surface",
  },
  {
    id: 'quote-comfort-in-openness',
    kind: 'quote',
    section: 'missing',
    text: 'real comfort or understanding is found in moments of openness – from both sides.',
  },
  {
    id: 'quote-seen-understood-supported',
    kind: 'quote',
    section: 'missing',
    text: 'Without that vulnerability, you can miss chances to be seen, understood and truly supported.',
  },
  {
    id: 'quote-truly-connected',
    kind: 'quote',
    section: 'missing',
    text: 'And without that support, it is hard to feel truly connected.',
  },
  {
    id: 'quote-tension-builds',
    kind: 'quote',
    section: 'missing',
    text: 'When you hold your emotions in, tension quietly builds up in your system.',
  },
  {
    id: 'quote-distraction',
    kind: 'quote',
    section: 'missing',
    text: 'You might look for busyness or distraction to ignore your feelings, but that solves nothing.',
  },

  // How can you embrace vulnerability step by step?
  {
    id: 'step-start-small',
    kind: 'step',
    section: 'steps',
    text: 'Share a small uncertainty with someone you trust.',
  },
  {
    id: 'step-set-boundaries',
    kind: 'step',
    section: 'steps',
    text: 'Choose what is fitting in each situation',
  },
  {
    id: 'step-train-mindset',
    kind: 'step',
    section: 'steps',
    text: 'Notice critical self-talk ("I seem weak") and replace it with kindness',
  },
  {
    id: 'reframe-i-seem-weak',
    kind: 'reframe',
    section: 'steps',
    thought: 'I seem weak',
    reframe: 'It takes strength for me to open up.',
  },
  {
    id: 'step-safe-practice-place',
    kind: 'step',
    section: 'steps',
    text: 'Therapy or a supportive group can help you practise in a warm, respectful setting',
  },
  {
    id: 'step-reflect-regularly',
    kind: 'step',
    section: 'steps',
    text: 'Write down how it felt to be open, what the reactions were and what inner steps you have taken.',
  },

  // Reflection questions to explore yourself
  {
    id: 'question-where-do-i-show',
    kind: 'question',
    section: 'questions',
    text: "Where do I dare to show my feelings, and where don't I?",
  },
  {
    id: 'question-my-beliefs',
    kind: 'question',
    section: 'questions',
    text: "What beliefs about vulnerability do I carry (for example: 'Being vulnerable is weak')? Could I also try to find out where they come from?",
  },
  {
    id: 'reframe-vulnerable-is-weak',
    kind: 'reframe',
    section: 'questions',
    thought: 'Being vulnerable is weak',
    reframe: 'Vulnerability is not a sign of weakness, but of courage.',
  },
  {
    id: 'question-positive-experiences',
    kind: 'question',
    section: 'questions',
    text: 'What positive experiences have I had with sharing vulnerability?',
  },
  {
    id: 'question-open-up-today',
    kind: 'question',
    section: 'questions',
    text: 'How can I consciously open up a little today?',
  },

  // Finally!
  {
    id: 'quote-dare-to-let-yourself-be',
    kind: 'quote',
    section: 'closing',
    text: 'By daring to let yourself be, you strengthen authentic connections and learn more about yourself. And that gives you inner strength.',
  },
  {
    id: 'quote-risks-always',
    kind: 'quote',
    section: 'closing',
    text: 'Risks will always have to be taken to find out whether a connection can work or not.',
  },
  {
    id: 'step-think-back',
    kind: 'step',
    section: 'closing',
    text: 'think back to the first time you did something together with a friend you now feel very close to',
  },
];

import type { Card } from '@/utils/core/card';

/**
 * The Dutch deck. Every string occurs word for word in article-nl.txt (after collapsing
 * whitespace); tests/assets/content.test.ts holds it to that. Ordered as in the article;
 * a reframe sits where the article names its thought.
 */
export const cards: readonly Card[] = [
  // Intro
  {
    id: 'quote-seen-as-weakness',
    kind: 'quote',
    section: 'intro',
    text: 'Kwetsbaarheid is iets dat we vaak associëren met zwakte.',
  },
  {
    id: 'quote-afraid-to-open-up',
    kind: 'quote',
    section: 'intro',
    text: 'We zijn bang om ons hart te laten zien, gevoelens open te stellen of hulp te vragen',
  },
  {
    id: 'reframe-fear-of-rejection',
    kind: 'reframe',
    section: 'intro',
    thought: 'stel je voor dat iemand ons afwijst, beoordeelt of teleurstelt',
    reframe:
      "Vertrouwen in een relatie, vriendschappelijk of romantisch, is gebaseerd op risico's nemen.",
  },
  {
    id: 'quote-deeper-story',
    kind: 'quote',
    section: 'intro',
    text: 'Toch is er een dieper en krachtiger verhaal over kwetsbaarheid dat juist laat zien hoe waardevol het kan zijn.',
  },

  // Wat bedoelen we met kwetsbaarheid?
  {
    id: 'quote-what-it-means',
    kind: 'quote',
    section: 'meaning',
    text: 'Kwetsbaarheid betekent dat je jezelf blootgeeft met gevoelens als onzekerheid, angst of teleurstelling.',
  },
  {
    id: 'quote-feelings-that-matter',
    kind: 'quote',
    section: 'meaning',
    text: 'Gevoelens die er dus toe doen, maar waarvan je vreest dat anderen je er op zullen beoordelen.',
  },
  {
    id: 'reframe-must-be-strong',
    kind: 'reframe',
    section: 'meaning',
    thought: 'We hebben geleerd dat je sterk moet zijn',
    reframe: 'echte sterkte gaat juist vaak samen met het tonen van je emoties.',
  },
  {
    id: 'quote-brene-brown',
    kind: 'quote',
    section: 'meaning',
    text: 'Vulnerability is the birthplace of love, belonging, joy, courage, empathy and creativity',
  },

  // Waarom voelt kwetsbaarheid eigenlijk hoogst ongemakkelijk?
  {
    id: 'reframe-less-respect',
    kind: 'reframe',
    section: 'discomfort',
    thought: 'we zijn bang dat anderen ons minder respecteren wanneer we onze emoties laten zien.',
    reframe:
      'door jezelf open te stellen, maak je echte verbinding met anderen en dat vergroot vertrouwen.',
  },
  {
    id: 'quote-feeling-runs-strong',
    kind: 'quote',
    section: 'discomfort',
    text: 'Dat gevoel leeft sterk omdat we vaak denken dat kwetsbaarheid gelijkstaat aan zwakte.',
  },
  {
    id: 'reframe-risk-of-pain',
    kind: 'reframe',
    section: 'discomfort',
    thought:
      'kwetsbaar durven zijn betekent jezelf blootstellen aan de mogelijkheid dat iemand je gevoelens niet begrijpt of niet accepteert.',
    reframe: 'Je hoeft niet alles te delen.',
  },
  {
    id: 'reframe-unknown-reception',
    kind: 'reframe',
    section: 'discomfort',
    thought: 'je gaat iets delen waarvan je niet weet hoe het ontvangen zal worden.',
    reframe: "kwetsbaarheid vraagt moed, omdat je risico's neemt.",
  },

  // Maar kwetsbaarheid is eigenlijk een kracht
  {
    id: 'quote-stronger-and-resilient',
    kind: 'quote',
    section: 'strength',
    text: 'Veel onderzoeken tonen aan dat wie durft te laten zien wie hij écht is, vaak sterker en veerkrachtiger blijkt',
  },
  {
    id: 'quote-comfort-zones',
    kind: 'quote',
    section: 'strength',
    text: 'Het stelt je in staat om uit comfortzones te stappen en te leren.',
  },
  {
    id: 'quote-human-and-sincere',
    kind: 'quote',
    section: 'strength',
    text: 'door je gevoelens te laten zien, laat je je imperfecties zien — en dat maakt je menselijk en oprecht.',
  },
  {
    id: 'quote-real-intimacy',
    kind: 'quote',
    section: 'strength',
    text: 'echte intimiteit ontstaat wanneer je niet alleen successen deelt, maar ook je worstelingen.',
  },

  // Wat missen we zonder kwetsbaarheid?
  {
    id: 'quote-walls',
    kind: 'quote',
    section: 'missing',
    text: 'Wanneer je jezelf niet laat zien met je gevoelens, bouw je muren op tussen jezelf en anderen.',
  },
  {
    id: 'quote-false-safety',
    kind: 'quote',
    section: 'missing',
    text: 'Die muren geven een vals gevoel van veiligheid, maar zorgen er uiteindelijk voor dat je alleen worstelt, zelfs te midden van anderen.',
  },
  {
    id: 'quote-isolated-among-many',
    kind: 'quote',
    section: 'missing',
    text: 'Onderzoek laat zien dat zelfs mensen met een groot sociaal netwerk zich emotioneel geïsoleerd kunnen voelen als er niemand is bij wie ze écht terechtkunnen.',
  },
  {
    id: 'quote-loneliness',
    kind: 'quote',
    section: 'missing',
    text: 'Deze eenzaamheid kleurt je gevoelens van rusteloosheid, somberte en mentale vermoeidheid, en werkt vaak tegen wat je juist zoekt in vriendschappen en relaties.',
  },
  {
    id: 'quote-door-to-depth',
    kind: 'quote',
    section: 'missing',
    text: 'Kwetsbaarheid opent de deur naar diepgang in relaties.',
  },
  {
    id: 'quote-surface-conversations',
    kind: 'quote',
    section: 'missing',
    text: 'Wanneer je niet deelt wat je voelt en denkt, blijven gesprekken vaak oppervlakkig',
  },
  {
    id: 'quote-comfort-in-openness',
    kind: 'quote',
    section: 'missing',
    text: 'echte troost of begrip vind je in momenten van openheid – van beide kanten.',
  },
  {
    id: 'quote-seen-understood-supported',
    kind: 'quote',
    section: 'missing',
    text: 'Zonder die kwetsbaarheid kun je kansen missen om te worden gezien, begrepen en daadwerkelijk gesteund.',
  },
  {
    id: 'quote-truly-connected',
    kind: 'quote',
    section: 'missing',
    text: 'En zonder die steun is het moeilijk om je écht verbonden te voelen.',
  },
  {
    id: 'quote-tension-builds',
    kind: 'quote',
    section: 'missing',
    text: 'Als je je emoties binnenhoudt, hoopt er onbewust spanning op in je systeem.',
  },
  {
    id: 'quote-distraction',
    kind: 'quote',
    section: 'missing',
    text: 'Je probeert misschien drukte of afleiding op te zoeken om gevoelens te negeren, maar dat lost niets op.',
  },

  // Hoe kun je stap voor stap kwetsbaarheid omarmen?
  {
    id: 'step-start-small',
    kind: 'step',
    section: 'steps',
    text: 'Deel een kleine onzekerheid met iemand die je vertrouwt.',
  },
  {
    id: 'step-set-boundaries',
    kind: 'step',
    section: 'steps',
    text: 'Kies wat passend is in welke situatie',
  },
  {
    id: 'step-train-mindset',
    kind: 'step',
    section: 'steps',
    text: 'Merk bekritiserende zelfspraak op ("Ik lijk zwak") en vervang het door mildheid',
  },
  {
    id: 'reframe-i-seem-weak',
    kind: 'reframe',
    section: 'steps',
    thought: 'Ik lijk zwak',
    reframe: 'Het kost me kracht om me open te stellen.',
  },
  {
    id: 'step-safe-practice-place',
    kind: 'step',
    section: 'steps',
    text: 'Therapie of een ondersteunende groep kan helpen oefenen in een warme, respectvolle omgeving',
  },
  {
    id: 'step-reflect-regularly',
    kind: 'step',
    section: 'steps',
    text: 'Schrijf op hoe het voelde om open te zijn, wat de reacties waren en welke innerlijke stappen je hebt gezet.',
  },

  // Reflectievragen om jezelf te onderzoeken
  {
    id: 'question-where-do-i-show',
    kind: 'question',
    section: 'questions',
    text: 'Waar durf ik mijn gevoelens wél te laten zien, en waar niet?',
  },
  {
    id: 'question-my-beliefs',
    kind: 'question',
    section: 'questions',
    text: "Welke overtuigingen over kwetsbaarheid zitten in mij (bijvoorbeeld: 'Kwetsbaar zijn is zwak')? Probeer ook eens na te gaan vanwaar deze komen?",
  },
  {
    id: 'reframe-vulnerable-is-weak',
    kind: 'reframe',
    section: 'questions',
    thought: 'Kwetsbaar zijn is zwak',
    reframe: 'Kwetsbaarheid is geen teken van zwakte, maar juist van moed.',
  },
  {
    id: 'question-positive-experiences',
    kind: 'question',
    section: 'questions',
    text: 'Welke positieve ervaringen heb ik gehad met het delen van kwetsbaarheid?',
  },
  {
    id: 'question-open-up-today',
    kind: 'question',
    section: 'questions',
    text: 'Hoe kan ik mezelf vandaag bewust een klein beetje openen?',
  },

  // Tot slot!
  {
    id: 'quote-dare-to-let-yourself-be',
    kind: 'quote',
    section: 'closing',
    text: 'Door jezelf toe te durven laten, versterk je authentieke verbindingen en leer je meer over jezelf. En dat geeft je innerlijke kracht.',
  },
  {
    id: 'quote-risks-always',
    kind: 'quote',
    section: 'closing',
    text: "Risico's zullen er altijd genomen moeten worden om te zoeken of een verbinding kan lukken of niet.",
  },
  {
    id: 'step-think-back',
    kind: 'step',
    section: 'closing',
    text: 'denk terug aan de eerste keer dat je samen iets ging doen met een vriend waar je je nu heel vertrouwd mee voelt',
  },
];

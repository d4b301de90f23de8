import { Window } from 'happy-dom';
import { renderToString } from 'preact-render-to-string';
import { popupMessages as en } from '@/assets/i18n/popup-en';
import { popupMessages as nl } from '@/assets/i18n/popup-nl';
import { CARD_KINDS, type Card, type CardKind } from '@/utils/core/card';
import type { Language } from '@/utils/core/language';
import {
  PLACEHOLDER_ID,
  PLACEHOLDER_WORDS,
  type PopupViews,
  type ViewNode,
  viewIdOf,
} from './paint';
import { POPUP_LINKS, type PopupActions, popupView } from './start';

// Run when the extension is built (wxt.config.ts), never in the browser: the popup as Preact
// renders it, once for every look a card can give it, for its first script to paint from
// (paint.ts).

/** Nothing is asked while rendering to a string: effects and handlers never run. */
const inert = async () => {
  throw new Error('The popup is being built, not run.');
};
const INERT_ACTIONS: PopupActions = {
  ...POPUP_LINKS,
  loadPauseState: inert,
  sendPauseAction: inert,
  drawNext: inert,
  hide: inert,
  unhide: inert,
  loadTryStep: inert,
  loadOpenSteps: inert,
};

/** A card of `kind` with stand-ins for its id and words, the article's or the user's. */
function placeholderCard(kind: CardKind, isOwn: boolean): Card {
  const base = { id: PLACEHOLDER_ID, section: isOwn ? 'own' : 'intro' } as const;
  return kind === 'reframe'
    ? { ...base, kind, thought: PLACEHOLDER_WORDS, reframe: PLACEHOLDER_WORDS }
    : { ...base, kind, text: PLACEHOLDER_WORDS };
}

/** A node of Preact's markup as the painter builds it (elements and texts; nothing else is made). */
function toViewNode(node: Node): ViewNode {
  if (node.nodeType === node.TEXT_NODE) return node.textContent ?? '';
  const element = node as Element;
  const attributes = Object.fromEntries(
    [...element.attributes].map(({ name, value }) => [name, value]),
  );
  return [element.localName, attributes, ...[...element.childNodes].map(toViewNode)];
}

/** Preact's markup of the popup, as a tree the painter builds without parsing any HTML. */
function toView(markup: string): ViewNode {
  const { document } = new Window();
  const root = document.createElement('div');
  root.innerHTML = markup;
  const [main] = root.childNodes;
  if (!main || root.childNodes.length !== 1) throw new Error('The popup renders one element.');
  return toViewNode(main as unknown as Node);
}

/** Every look of the popup in one language, by `viewIdOf` its card. */
export function prerenderPopup(language: Language): PopupViews {
  const locale = { language, messages: language === 'nl' ? nl : en };
  const cards = [
    undefined,
    ...CARD_KINDS.flatMap((kind) => [placeholderCard(kind, false), placeholderCard(kind, true)]),
  ];
  return Object.fromEntries(
    cards.map((card) => [
      viewIdOf(card),
      toView(renderToString(popupView(locale, card, INERT_ACTIONS, 0))),
    ]),
  );
}

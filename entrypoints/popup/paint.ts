import { readReservedCard } from '@/utils/core/addresses';
import type { Card } from '@/utils/core/card';
import { showCardWords } from '@/utils/core/card-text';

// The popup's first frame, painted without Preact. When the extension is built, the popup is
// rendered by Preact once for every look a card can give it (its kind, and whether the user wrote
// it), in the page's language (prerender.tsx), and those views come with this script as trees of
// elements. It builds the one for the card in the address, with the card's words in it as text,
// and the page paints: what a static page with the same text does, and the same result. Preact
// takes the page over after that frame (start.tsx), hydrating what is there rather than drawing
// it again.

/** Stands for the card's id in the views; private use, so no card's words can hold it. */
export const PLACEHOLDER_ID = '\uE000';
/** Stands for the card's words as they show first (a reframe's critical thought). */
export const PLACEHOLDER_WORDS = '\uE001';

/** A text, or an element: its tag, its attributes, its children. */
export type ViewNode = string | readonly [tag: string, attributes: ViewAttributes, ...ViewNode[]];
export type ViewAttributes = Readonly<Record<string, string>>;

/** The popup as Preact renders it, by `viewIdOf` the card, built with the extension. */
export type PopupViews = Readonly<Record<string, ViewNode>>;

/** Which view shows `card`, or the popup with none known yet. */
export function viewIdOf(card: Card | undefined): string {
  return card ? `${card.kind}${card.section === 'own' ? '-own' : ''}` : 'waiting';
}

/**
 * Paints the popup with `card` (undefined: the popup waiting for its card). Without a view for it
 * (a build without them), the page stays empty and Preact renders it all.
 */
export function paintPopup(root: HTMLElement, card: Card | undefined, views: PopupViews): void {
  const view = views[viewIdOf(card)];
  if (view === undefined) return;
  const id = card?.id ?? PLACEHOLDER_ID;
  const words = card ? showCardWords(card, card.kind === 'reframe' ? card.thought : card.text) : '';
  const build = (node: ViewNode): Node => {
    if (typeof node === 'string') {
      return document.createTextNode(node === PLACEHOLDER_WORDS ? words : node);
    }
    const [tag, attributes, ...children] = node;
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      element.setAttribute(name, value.split(PLACEHOLDER_ID).join(id));
    }
    element.append(...children.map(build));
    return element;
  };
  root.replaceChildren(build(view));
}

/** How long to wait at most for the browser to say the first frame is on screen, in ms. */
const FIRST_FRAME_WAIT_MS = 250;

/**
 * Runs `task` once the first frame with content is on screen, as the browser reports it: work
 * started earlier (even just after the frame's script, as the frame is still being drawn)
 * competes with drawing it on a busy machine, and made the popup paint measurably later. Where
 * the browser says nothing, the task runs after a short wait.
 */
export function afterFirstFrame(task: () => void): void {
  let hasRun = false;
  const run = () => {
    if (hasRun) return;
    hasRun = true;
    task();
  };
  setTimeout(run, FIRST_FRAME_WAIT_MS);
  try {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      run();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing here: the wait alone decides.
  }
}

/** What the first frame showed, for Preact to take over (app-nl.ts, app-en.ts). */
export interface FirstFrame {
  root: HTMLElement;
  /** The card reserved in the address; undefined when none came with the page. */
  card: Card | undefined;
}

/** Adds `css` to the page, after the styles it has. */
export function addStyles(css: string): void {
  document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
}

/**
 * Opens the popup: gives the page its styles and paints the card reserved in its address at once,
 * and only after that frame loads Preact and the popup's strings (`load`, an import() of a module
 * that takes over what `firstFrame` says was painted).
 *
 * The styles come in this script rather than as a stylesheet of their own: the page then waits
 * for one file before its first frame, not for the slower of two fetched side by side, which
 * made the popup paint measurably later than a static page with its stylesheet.
 */
export function openPopup(views: PopupViews, styles: string, load: () => Promise<unknown>): void {
  addStyles(styles);
  const root = document.getElementById('app') as HTMLElement;
  const card = readReservedCard(location.search) ?? undefined;
  paintPopup(root, card, views);
  firstFrame = { root, card };
  afterFirstFrame(() => void load());
}

/** What the popup's first frame showed, once `openPopup` painted it. */
export let firstFrame: FirstFrame | undefined;

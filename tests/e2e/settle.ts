/**
 * Runs in a page: resolves when its colour transitions have finished. Colours ease between
 * themes, and a frame of the transition is not what a person sees. Only transitions: an animation
 * such as the breathing guide runs for the whole pause. (Both browser suites pass it to
 * `page.evaluate`.)
 */
export const settleTransitions = (): Promise<unknown> =>
  Promise.all(
    document
      .getAnimations()
      .filter((animation) => animation instanceof CSSTransition)
      // A transition cut short (its element replaced) is settled too.
      .map((transition) => transition.finished.catch(() => undefined)),
  );

import type { IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import { renderBlockingPopup, splitPopupBuilds } from '@/modules/popup-first-frame/plugins';

const entry = (name: string) => ({ name });

describe('each popup page built on its own', () => {
  it('takes the popups out of their group, one build each, the other pages together', () => {
    const groups = [entry('background'), [entry('popup'), entry('popup-en'), entry('options')]];
    splitPopupBuilds(groups);
    expect(groups).toEqual([
      entry('background'),
      [entry('popup')],
      [entry('popup-en')],
      [entry('options')],
    ]);
  });

  it('leaves groups without a popup as they are', () => {
    const groups = [entry('background'), [entry('options'), entry('journal')]];
    splitPopupBuilds(groups);
    expect(groups).toEqual([entry('background'), [entry('options'), entry('journal')]]);
  });
});

describe("the popup's first script", () => {
  const transform = (html: string, filename: string) => {
    const hook = renderBlockingPopup().transformIndexHtml as {
      handler: (html: string, context: IndexHtmlTransformContext) => string;
    };
    return hook.handler(html, { filename } as IndexHtmlTransformContext);
  };
  const html = '<script type="module" src="/chunks/popup.js"></script>';

  it.each(['/x/entrypoints/popup/index.html', '/x/entrypoints/popup-en/index.html'])(
    'blocks rendering on %s',
    (filename) => {
      expect(transform(html, filename)).toContain('<script type="module" blocking="render" ');
    },
  );

  it('leaves the other pages alone', () => {
    expect(transform(html, '/x/entrypoints/options/index.html')).toBe(html);
  });
});

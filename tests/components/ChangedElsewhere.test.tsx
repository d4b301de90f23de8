// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editMessages as en } from '@/assets/i18n/edit-en';
import { editMessages as nl } from '@/assets/i18n/edit-nl';
import { ChangedElsewhere, type TheirField } from '@/components/ChangedElsewhere';
import { useLeaveGuard } from '@/components/use-leave-guard';

afterEach(cleanup);

function renderNotice(theirs: readonly TheirField[] | null, messages = nl) {
  const choices = { onKeepMine: vi.fn(), onKeepBoth: vi.fn(), onKeepTheirs: vi.fn() };
  render(<ChangedElsewhere id="note" messages={messages} theirs={theirs} {...choices} />);
  return choices;
}

/** What is stored there, as the notice shows it under its caption. */
const theirsIn = (container: HTMLElement) =>
  within(container).getByText(nl.theirsLabel).closest('figure') as HTMLElement;

describe('what changed elsewhere, beside the words typed', () => {
  it('says what happened, shows what is stored there, and offers either or both', () => {
    const choices = renderNotice([{ label: 'Je notitie', text: 'Van daar.' }]);
    const notice = screen.getByRole('region', { name: nl.changedHeading });
    // Said politely: it may come while the person types.
    expect(within(notice).getByRole('status').textContent).toContain(nl.changedText);
    expect(theirsIn(notice).textContent).toBe(`${nl.theirsLabel}Van daar.`);
    // One field needs no label of its own.
    expect(within(notice).queryByText('Je notitie')).toBeNull();
    for (const [name, choice] of [
      [nl.keepMine, choices.onKeepMine],
      [nl.keepBoth, choices.onKeepBoth],
      [nl.keepTheirs, choices.onKeepTheirs],
    ] as const) {
      fireEvent.click(within(notice).getByRole('button', { name }));
      expect(choice).toHaveBeenCalledOnce();
    }
  });

  it('names each field of several, and leaves out those stored empty', () => {
    renderNotice([
      { label: 'Met wie of hoe', text: 'met Kim' },
      { label: 'Wat waren de reacties?', text: '' },
    ]);
    const theirs = theirsIn(document.body);
    expect(within(theirs).getByText('Met wie of hoe')).toBeTruthy();
    expect(within(theirs).queryByText('Wat waren de reacties?')).toBeNull();
  });

  it('for one deleted elsewhere, offers to put the words back or let them go, not both', () => {
    const choices = renderNotice(null, en);
    const notice = screen.getByRole('region', { name: en.goneHeading });
    expect(within(notice).queryByRole('figure')).toBeNull();
    expect(within(notice).queryByRole('button', { name: en.keepBoth })).toBeNull();
    fireEvent.click(within(notice).getByRole('button', { name: en.restoreMine }));
    expect(choices.onKeepMine).toHaveBeenCalledOnce();
    fireEvent.click(within(notice).getByRole('button', { name: en.letMineGo }));
    expect(choices.onKeepTheirs).toHaveBeenCalledOnce();
  });
});

function Guarded({ hasUnsaved }: { hasUnsaved: boolean }) {
  useLeaveGuard(hasUnsaved);
  return null;
}

/** Leaving the page, as the browser asks it: true when the page asks to stay. */
function leave(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('leaving with words not kept', () => {
  it('asks first only while there are words unsaved', () => {
    const view = render(<Guarded hasUnsaved={false} />);
    expect(leave()).toBe(false);
    view.rerender(<Guarded hasUnsaved />);
    expect(leave()).toBe(true);
    view.rerender(<Guarded hasUnsaved={false} />);
    expect(leave()).toBe(false);
  });

  it('lets go once the editor is gone', async () => {
    const view = render(<Guarded hasUnsaved />);
    expect(leave()).toBe(true);
    view.unmount();
    await waitFor(() => expect(leave()).toBe(false));
  });
});

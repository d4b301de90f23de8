import { useEffect } from 'preact/hooks';

/**
 * While `hasUnsaved` is true, leaving or closing the page asks first, so words typed and not yet
 * kept are not dropped by a click elsewhere. Browsers show their own words for it.
 * https://developer.mozilla.org/docs/Web/API/Window/beforeunload_event
 */
export function useLeaveGuard(hasUnsaved: boolean): void {
  useEffect(() => {
    if (!hasUnsaved) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium asks only when a value is set.
      event.returnValue = '';
    };
    addEventListener('beforeunload', ask);
    return () => removeEventListener('beforeunload', ask);
  }, [hasUnsaved]);
}

// The warning page's way-on buttons act only on a deliberate choice (issue 36, finding 4): a page
// can open the warning with window.open on a keystroke, so the user's next Tab + Enter, or a click
// where the buttons appear, would land on "Continue" or "Proceed once" unseen. As the browsers' own
// security dialogs do (Firefox's security.dialog_enable_delay, Chrome's input protection), the
// buttons wait until the page has been visible for a moment, and then for the user to move the
// pointer or press a key in it. Hiding the page (another tab, a minimised window) starts again.
import { useEffect, useState } from 'preact/hooks';

/** How long the page must have been visible first, in ms (Firefox's dialogs wait 1000). */
export const DELIBERATE_DELAY_MS = 1000;

const INPUTS = ['pointermove', 'pointerdown', 'keydown', 'touchstart'] as const;

/** True once the page has been visible for DELIBERATE_DELAY_MS and a real input came after that. */
export function useDeliberateInput(delay = DELIBERATE_DELAY_MS): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // Event timestamps and performance.now() share one clock.
    let visibleSince = document.visibilityState === 'visible' ? performance.now() : undefined;
    const onVisibility = () => {
      visibleSince = document.visibilityState === 'visible' ? performance.now() : undefined;
      setReady(false);
    };
    const onInput = (event: Event) => {
      if (event.isTrusted && visibleSince !== undefined && event.timeStamp - visibleSince >= delay) setReady(true);
    };
    document.addEventListener('visibilitychange', onVisibility);
    for (const type of INPUTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      for (const type of INPUTS) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [delay]);
  return ready;
}

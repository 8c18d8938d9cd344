// Calls back once the page has been quiet for a while: Studio fills its cards in several
// renders, and a capture taken mid-way would store half-loaded numbers.
export interface SettleOptions {
  root: Node;
  quietMs: number;
  signal: AbortSignal;
  /** Mutations made only by Creator Lens itself (its badges) are not the page changing. */
  isOwn(node: Node): boolean;
  isHidden(): boolean;
  onSettled(): void;
}

export function whenSettled(o: SettleOptions): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    // No work on hidden tabs: wait until the creator looks at the page again.
    if (o.isHidden()) return;
    timer = setTimeout(() => {
      if (!o.signal.aborted) o.onSettled();
    }, o.quietMs);
  };
  const observer = new MutationObserver((records) => {
    const pageChanged = records.some((r) => {
      if (o.isOwn(r.target)) return false;
      const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
      return !nodes.length || nodes.some((n) => !o.isOwn(n));
    });
    if (pageChanged) schedule();
  });
  observer.observe(o.root, { childList: true, subtree: true, characterData: true });
  const onVisibility = () => schedule();
  document.addEventListener('visibilitychange', onVisibility);
  o.signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer.disconnect();
    document.removeEventListener('visibilitychange', onVisibility);
  });
  schedule();
}

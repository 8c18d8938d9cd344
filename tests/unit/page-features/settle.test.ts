import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenSettled } from '@/utils/page-features/settle';
import { isOwnNode } from '@/components/studio-page/capture-feature';

const flush = () => new Promise((r) => queueMicrotask(() => r(undefined)));

describe('whenSettled', () => {
  let controller: AbortController;
  let hidden: boolean;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main><span id="v">1</span></main>';
    controller = new AbortController();
    hidden = false;
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  function watch() {
    const onSettled = vi.fn();
    whenSettled({ root: document.body, quietMs: 800, signal: controller.signal, isOwn: isOwnNode, isHidden: () => hidden, onSettled });
    return onSettled;
  }

  it('waits for the page to stay quiet before reading, however many renders come first', async () => {
    const onSettled = watch();
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(500);
      document.getElementById('v')!.textContent = String(i);
      await flush();
    }
    expect(onSettled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(800);
    expect(onSettled).toHaveBeenCalledTimes(1);
  });

  it('ignores its own badges, so showing one never triggers another read', async () => {
    const onSettled = watch();
    vi.advanceTimersByTime(800);
    expect(onSettled).toHaveBeenCalledTimes(1);
    const host = document.createElement('span');
    host.setAttribute('data-creator-lens', 'badge');
    document.getElementById('v')!.append(host);
    await flush();
    vi.advanceTimersByTime(5000);
    expect(onSettled).toHaveBeenCalledTimes(1);
  });

  it('does nothing while the tab is hidden, and reads when it is shown again', async () => {
    hidden = true;
    const onSettled = watch();
    document.getElementById('v')!.textContent = '2';
    await flush();
    vi.advanceTimersByTime(5000);
    expect(onSettled).not.toHaveBeenCalled();
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(800);
    expect(onSettled).toHaveBeenCalledTimes(1);
  });

  it('stops for good once aborted (navigation away)', async () => {
    const onSettled = watch();
    controller.abort();
    document.getElementById('v')!.textContent = '3';
    await flush();
    vi.advanceTimersByTime(5000);
    expect(onSettled).not.toHaveBeenCalled();
  });
});

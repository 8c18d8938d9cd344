import { describe, expect, it } from 'vitest';
import { KeptUntilWrite } from '@/utils/platform/kept-until-write';

function counted() {
  let calls = 0;
  return { compute: async () => ++calls, calls: () => calls };
}

describe('KeptUntilWrite', () => {
  it('answers again from what it kept, per key, without computing', async () => {
    const kept = new KeptUntilWrite(60_000, () => 0);
    const a = counted();
    expect(await kept.get('a', a.compute)).toBe(1);
    expect(await kept.get('a', a.compute)).toBe(1);
    expect(a.calls()).toBe(1);
    const b = counted();
    expect(await kept.get('b', b.compute)).toBe(1);
    expect(b.calls()).toBe(1);
  });

  it('computes anew after a write', async () => {
    const kept = new KeptUntilWrite(60_000, () => 0);
    const a = counted();
    await kept.get('a', a.compute);
    kept.wrote();
    expect(await kept.get('a', a.compute)).toBe(2);
  });

  it('computes anew once the kept answer is as old as the limit, not before', async () => {
    let now = 1_000;
    const kept = new KeptUntilWrite(5_000, () => now);
    const a = counted();
    await kept.get('a', a.compute);
    now += 4_999;
    expect(await kept.get('a', a.compute)).toBe(1);
    now += 1;
    expect(await kept.get('a', a.compute)).toBe(2);
  });

  it('does not keep an answer computed while a write ran past that write', async () => {
    const kept = new KeptUntilWrite(60_000, () => 0);
    const a = counted();
    let finish!: () => void;
    const write = kept.writing(() => new Promise<void>((resolve) => (finish = resolve)));
    const writing = write(undefined);
    // Asked during the write: computed, but the write's end ends it.
    expect(await kept.get('a', a.compute)).toBe(1);
    finish();
    await writing;
    expect(await kept.get('a', a.compute)).toBe(2);
  });

  it('a write that fails still ends what was kept', async () => {
    const kept = new KeptUntilWrite(60_000, () => 0);
    const a = counted();
    await kept.get('a', a.compute);
    const write = kept.writing(async () => {
      throw new Error('quota');
    });
    await expect(write(undefined)).rejects.toThrow('quota');
    expect(await kept.get('a', a.compute)).toBe(2);
  });

  it('does not keep a failed answer', async () => {
    const kept = new KeptUntilWrite(60_000, () => 0);
    let calls = 0;
    const flaky = async () => {
      if (++calls === 1) throw new Error('read failed');
      return calls;
    };
    await expect(kept.get('a', flaky)).rejects.toThrow('read failed');
    expect(await kept.get('a', flaky)).toBe(2);
  });
});

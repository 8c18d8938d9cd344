import { describe, expect, it } from 'vitest';
import { latestOnly } from '@/utils/platform/latest-only';

const reply = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
const failure = (message: string, ms: number) => new Promise<never>((_, reject) => setTimeout(() => reject(new Error(message)), ms));

describe('latestOnly', () => {
  it('applies the newest reply even when an older one arrives later', async () => {
    const latest = latestOnly();
    const applied: string[] = [];
    latest(reply('30 days', 40), (v) => applied.push(v), () => applied.push('error'));
    latest(reply('7 days', 5), (v) => applied.push(v), () => applied.push('error'));
    await reply(null, 60);
    expect(applied).toEqual(['7 days']);
  });

  it('applies replies in order when they come back in order', async () => {
    const latest = latestOnly();
    const applied: number[] = [];
    latest(reply(1, 1), (v) => applied.push(v), () => undefined);
    await reply(null, 10);
    latest(reply(2, 1), (v) => applied.push(v), () => undefined);
    await reply(null, 10);
    expect(applied).toEqual([1, 2]);
  });

  it('ignores a stale failure and reports a current one', async () => {
    const latest = latestOnly();
    const errors: string[] = [];
    const values: string[] = [];
    latest(failure('old', 30), (v) => values.push(v), (e) => errors.push((e as Error).message));
    latest(reply('new', 5), (v) => values.push(v), (e) => errors.push((e as Error).message));
    await reply(null, 50);
    expect(values).toEqual(['new']);
    expect(errors).toEqual([]);
    latest(failure('current', 1), (v) => values.push(v), (e) => errors.push((e as Error).message));
    await reply(null, 10);
    expect(errors).toEqual(['current']);
  });

  it('drops everything pending once cancelled', async () => {
    const latest = latestOnly();
    const applied: string[] = [];
    latest(reply('late', 10), (v) => applied.push(v), () => applied.push('error'));
    latest.cancel();
    await reply(null, 30);
    expect(applied).toEqual([]);
  });
});

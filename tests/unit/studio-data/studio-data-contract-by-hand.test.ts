// A response that throws while it is read is a one-line reason, whatever was thrown: the error's
// message, or the thrown value itself when it has none (a page script can throw anything).
import { describe, expect, it } from 'vitest';
import { readStudioData } from '@/utils/studio-data/studio-data-contract';
import { dataInsightUrl } from '../../fixtures/studio-data/studio-data-fixtures';

const url = dataInsightUrl([{ insigh_type: 'vv_history', days: 1, end_days: 0 }], 0);
const throwing = (thrown: unknown) => new Proxy({}, { getOwnPropertyDescriptor: () => { throw thrown; }, get: () => { throw thrown; } });

describe('readStudioData when reading throws', () => {
  it('says the error\'s message', () => {
    expect(readStudioData({ url, body: throwing(new Error('boom')) })).toEqual({ ok: false, reason: 'could not read the response: boom' });
  });

  it('says a thrown value that is not an error, null included', () => {
    expect(readStudioData({ url, body: throwing('plain text') })).toEqual({ ok: false, reason: 'could not read the response: plain text' });
    expect(readStudioData({ url, body: throwing(null) })).toEqual({ ok: false, reason: 'could not read the response: null' });
  });
});

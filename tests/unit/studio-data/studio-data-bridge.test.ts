// The bridge between the page's world and the content script: what arrives before the content
// script says hello is held (a bounded number), then everything goes on its channel, and the
// content script takes only well-formed messages about Studio's data calls.
import { describe, expect, it } from 'vitest';
import type { DataCall } from '@/utils/studio-data/data-call-tap';
import { BRIDGE_HELLO_EVENT, bridgeReceiver, bridgeSender, channelName, decodeBridgeMessage, MAX_HELD } from '@/utils/studio-data/studio-data-bridge';

const DATA_URL = 'https://www.tiktok.com/aweme/v2/data/insight/?type_requests=%5B%5D';
const NOW = Date.parse('2026-12-07T12:00:00Z');
const BOUNDS = { earliest: NOW - 60_000, latest: NOW };
const UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';

const encoded = (url: unknown, receivedAt: unknown, body: unknown) => JSON.stringify([url, receivedAt, body]);

describe('decodeBridgeMessage', () => {
  it('takes [url, receivedAt, body] for a Studio data call received since the page loaded', () => {
    expect(decodeBridgeMessage(encoded(DATA_URL, NOW - 10, '{}'), BOUNDS)).toEqual({ url: DATA_URL, receivedAt: NOW - 10, body: '{}' });
    const v1 = 'https://www.tiktok.com/tiktok/v1/analytics/insights/?type_requests=%5B%5D';
    expect(decodeBridgeMessage(encoded(v1, NOW, '[]'), BOUNDS)?.url).toBe(v1);
  });

  it.each([
    ['an object, not a string', { url: DATA_URL, receivedAt: NOW, body: '{}' }],
    ['text that is not JSON', 'not json'],
    ['a JSON object', JSON.stringify({ url: DATA_URL, receivedAt: NOW, body: '{}' })],
    ['a fourth element', JSON.stringify([DATA_URL, NOW, '{}', 'more'])],
    ['another site', encoded('https://evil.example/aweme/v2/data/insight/', NOW, '{}')],
    ['a lookalike host', encoded('https://www.tiktok.com.evil.example/aweme/v2/data/insight/', NOW, '{}')],
    ['plain http', encoded('http://www.tiktok.com/aweme/v2/data/insight/', NOW, '{}')],
    ['another TikTok call', encoded('https://www.tiktok.com/api/user/detail/', NOW, '{}')],
    ['a number for the URL', encoded(42, NOW, '{}')],
    ['a moment before the page loaded', encoded(DATA_URL, BOUNDS.earliest - 5000, '{}')],
    ['a moment in the future', encoded(DATA_URL, NOW + 60_000, '{}')],
    ['a moment as text', encoded(DATA_URL, String(NOW), '{}')],
    ['a parsed body', encoded(DATA_URL, NOW, { status_code: 0 })],
    ['a body past the bound', encoded(DATA_URL, NOW, 'x'.repeat(4_000_001))],
  ])('drops %s', (_, detail) => {
    expect(decodeBridgeMessage(detail, BOUNDS)).toBeUndefined();
  });
});

describe('sender and receiver over a document', () => {
  const call = (n: number): DataCall => ({ url: `${DATA_URL}&n=${n}`, body: `{"n":${n}}`, receivedAt: Date.now() });

  it('holds what arrived before hello (at most MAX_HELD), then sends it and everything after on the channel', () => {
    const doc = document.implementation.createHTMLDocument('studio');
    const deliver = bridgeSender(doc);
    for (let n = 0; n < MAX_HELD + 5; n++) deliver(call(n));
    const got: DataCall[] = [];
    const controller = new AbortController();
    bridgeReceiver(doc, (c) => got.push(c), { signal: controller.signal, uuid: UUID, loadedAt: Date.now() - 1000 });
    expect(got.map((c) => c.body)).toEqual(Array.from({ length: MAX_HELD }, (_, n) => `{"n":${n}}`));
    deliver(call(99));
    expect(got.at(-1)?.body).toBe('{"n":99}');
    // Once the content script is gone, nothing more is taken.
    controller.abort();
    deliver(call(100));
    expect(got.at(-1)?.body).toBe('{"n":99}');
  });

  it('ignores a hello whose channel is not one of ours, and malformed messages on the channel', () => {
    const doc = document.implementation.createHTMLDocument('studio');
    const deliver = bridgeSender(doc);
    const leaked: string[] = [];
    doc.addEventListener('steal', (e) => leaked.push(String((e as CustomEvent).detail)));
    doc.dispatchEvent(new CustomEvent(BRIDGE_HELLO_EVENT, { detail: 'steal' }));
    doc.dispatchEvent(new CustomEvent(BRIDGE_HELLO_EVENT, { detail: { toString: () => channelName(UUID) } }));
    deliver(call(1));
    expect(leaked).toEqual([]);

    const got: DataCall[] = [];
    let refused = 0;
    bridgeReceiver(doc, (c) => got.push(c), { signal: new AbortController().signal, uuid: UUID, loadedAt: Date.now() - 1000, onRefused: () => refused++ });
    expect(got.map((c) => c.body)).toEqual(['{"n":1}']);
    expect(refused).toBe(0);
    for (const detail of [null, 42, '[1,2,3]', encoded('https://example.com/', Date.now(), '{}'), { url: DATA_URL }])
      doc.dispatchEvent(new CustomEvent(channelName(UUID), { detail }));
    expect(got).toHaveLength(1);
    // Each one dropped is told, for the page's report.
    expect(refused).toBe(5);
  });
});

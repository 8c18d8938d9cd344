// The bridge's message check at its bounds, by hand: a second's slack on each side of the page
// load and of now, a body of exactly 4 000 000 characters, a URL of exactly 8192, and the whole
// message at most 4 000 000 + 8192 + 64 = 4 008 256 characters as sent (escapes included).
import { describe, expect, it } from 'vitest';
import type { DataCall } from '@/utils/studio-data/data-call-tap';
import { bridgeReceiver, channelName, decodeBridgeMessage } from '@/utils/studio-data/studio-data-bridge';

const DATA_URL = 'https://www.tiktok.com/aweme/v2/data/insight/?type_requests=%5B%5D';
const NOW = Date.parse('2026-12-07T12:00:00Z');
const BOUNDS = { earliest: NOW - 60_000, latest: NOW };
const UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const encoded = (url: unknown, receivedAt: unknown, body: unknown) => JSON.stringify([url, receivedAt, body]);

describe('decodeBridgeMessage at its bounds', () => {
  it('a moment a second before the load or after now is taken; a millisecond more is not', () => {
    const at = (receivedAt: number) => decodeBridgeMessage(encoded(DATA_URL, receivedAt, '{}'), BOUNDS)?.receivedAt;
    expect([at(NOW - 61_000), at(NOW + 1000), at(NOW - 60_000)]).toEqual([NOW - 61_000, NOW + 1000, NOW - 60_000]);
    expect([at(NOW - 61_001), at(NOW + 1001)]).toEqual([undefined, undefined]);
  });

  it('a body of 4 000 000 characters and a URL of 8192 are taken', () => {
    expect(decodeBridgeMessage(encoded(DATA_URL, NOW, 'x'.repeat(4_000_000)), BOUNDS)?.body).toHaveLength(4_000_000);
    const url = `${DATA_URL}&x=${'1'.repeat(8192 - DATA_URL.length - 3)}`;
    expect(decodeBridgeMessage(encoded(url, NOW, '{}'), BOUNDS)?.url).toHaveLength(8192);
  });

  it('the message as sent counts: 4 008 256 characters are read, one more is not, even when its body is within bounds', () => {
    // A body of quotes is twice as long once escaped: 10 000 quotes and enough x to reach the length.
    // Around the body the message holds 87 characters (the 66 of the URL, 13 digits, 8 of JSON).
    const message = (length: number) => {
      const rest = length - encoded(DATA_URL, NOW, '').length - 20_000;
      return encoded(DATA_URL, NOW, `${'"'.repeat(10_000)}${'x'.repeat(rest)}`);
    };
    expect(message(4_008_256)).toHaveLength(4_008_256);
    expect(decodeBridgeMessage(message(4_008_256), BOUNDS)?.body).toHaveLength(3_998_169);
    expect(decodeBridgeMessage(message(4_008_257), BOUNDS)).toBeUndefined();
    // Three million quotes are a body within bounds, but six million characters as sent.
    expect(decodeBridgeMessage(encoded(DATA_URL, NOW, '"'.repeat(3_000_000)), BOUNDS)).toBeUndefined();
  });
});

describe('the receiver', () => {
  it('drops a message dated before the page loaded, and needs no onRefused to do so', () => {
    const doc = document.implementation.createHTMLDocument('studio');
    const got: DataCall[] = [];
    const loadedAt = Date.now();
    bridgeReceiver(doc, (c) => got.push(c), { signal: new AbortController().signal, uuid: UUID, loadedAt });
    expect(() => doc.dispatchEvent(new CustomEvent(channelName(UUID), { detail: encoded(DATA_URL, loadedAt - 5000, '{}') }))).not.toThrow();
    doc.dispatchEvent(new CustomEvent(channelName(UUID), { detail: encoded(DATA_URL, loadedAt, '{"ok":1}') }));
    expect(got.map((c) => c.body)).toEqual(['{"ok":1}']);
  });
});

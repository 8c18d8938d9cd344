// What the stores see in the built package besides the code: the privacy policy page the welcome
// page links, the name, and a 128 px icon of 96 px artwork inside transparent padding.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const OUT = join(resolve(__dirname, '../..'), process.env.CL_OUT_DIR ?? '.output');

/** The bounding box of a PNG's non-transparent pixels (8-bit RGBA, as rsvg-convert writes). */
function artworkBox(png: Buffer): { left: number; top: number; right: number; bottom: number; width: number } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * 4;
  const box = { left: width, top: height, right: -1, bottom: -1, width };
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? line[x - 4] : 0;
      const b = previous[x];
      const c = x >= 4 ? previous[x - 4] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      line[x] = (line[x] + [0, a, b, (a + b) >> 1, paeth][filter]) & 255;
    }
    for (let x = 0; x < width; x++) {
      if (line[x * 4 + 3] === 0) continue;
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
    previous = line;
  }
  return box;
}

describe.each(['chrome-mv3', 'firefox-mv3'])('%s package', (target) => {
  it('ships the privacy policy as a page of its own, with no script', () => {
    const page = readFileSync(join(OUT, target, 'privacy.html'), 'utf8');
    expect(page).toContain('<h1>Privacy policy</h1>');
    expect(page).toContain('Nothing is sent anywhere');
    expect(page).not.toMatch(/<script/i);
  });

  it('names itself "Creator Lens for TikTok" in English', () => {
    const manifest = JSON.parse(readFileSync(join(OUT, target, 'manifest.json'), 'utf8'));
    expect(manifest.name).toBe('__MSG_extName__');
    expect(JSON.parse(readFileSync(join(OUT, target, '_locales/en/messages.json'), 'utf8')).extName.message).toBe('Creator Lens for TikTok');
  });

  it('has a 128 px icon of 96 px artwork inside 16 px of transparent padding', () => {
    const box = artworkBox(readFileSync(join(OUT, target, 'icons/128.png')));
    expect(box).toEqual({ left: 16, top: 16, right: 111, bottom: 111, width: 128 });
  });
});

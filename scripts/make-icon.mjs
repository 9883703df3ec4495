// Draws the extension icon (images/icon.png, 128x128 RGBA) without image tools: a page with text
// lines and a check badge on a rounded square. Run `node scripts/make-icon.mjs` after changing it.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4; // supersamples per axis, for smooth edges

function roundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function segmentDistance(px, py, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

/** Colour at a point, painter's order: background, page, text lines, badge, tick. */
function shade(x, y) {
  let c = [0, 0, 0, 0];
  if (roundedRect(x, y, 4, 4, 124, 124, 22)) c = [38, 50, 86, 255];
  // Page with a folded corner.
  if (roundedRect(x, y, 28, 18, 90, 108, 6) && !(x > 72 && y < 36 && x - 72 > y - 18)) c = [245, 247, 252, 255];
  if (x > 72 && x < 90 && y > 18 && y < 36 && x - 72 <= y - 18 && x - 72 > y - 18 - 2.5) c = [190, 198, 220, 255];
  // Text lines: a heading (amber, like a frontmatter key) and body lines.
  if (roundedRect(x, y, 38, 44, 62, 50, 3)) c = [232, 163, 23, 255];
  for (const [y0, x1] of [
    [58, 80],
    [68, 74],
    [78, 66],
  ])
    if (roundedRect(x, y, 38, y0, x1, y0 + 5, 2.5)) c = [120, 132, 168, 255];
  // Badge with a tick.
  const bx = 90,
    by = 92,
    br = 24;
  if ((x - bx) ** 2 + (y - by) ** 2 <= (br + 4) ** 2) c = [38, 50, 86, 255];
  if ((x - bx) ** 2 + (y - by) ** 2 <= br ** 2) c = [46, 170, 98, 255];
  if (segmentDistance(x, y, 79, 93, 87, 101) <= 4 || segmentDistance(x, y, 87, 101, 102, 83) <= 4) c = [255, 255, 255, 255];
  return c;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++)
      for (let sx = 0; sx < SS; sx++) {
        const c = shade(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS);
        // Premultiply so transparent samples do not darken edges.
        acc[0] += (c[0] * c[3]) / 255;
        acc[1] += (c[1] * c[3]) / 255;
        acc[2] += (c[2] * c[3]) / 255;
        acc[3] += c[3];
      }
    const n = SS * SS,
      a = acc[3] / n;
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    raw[o] = a ? Math.round(((acc[0] / n) * 255) / a) : 0;
    raw[o + 1] = a ? Math.round(((acc[1] / n) * 255) / a) : 0;
    raw[o + 2] = a ? Math.round(((acc[2] / n) * 255) / a) : 0;
    raw[o + 3] = Math.round(a);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8;
ihdr[9] = 6; // 8-bit RGBA
writeFileSync(
  new URL('../images/icon.png', import.meta.url),
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]),
);

// Draws the toolbar/store icons (16, 32, 48, 128 px): a teal rounded square with a white speech bubble.
// No image library: shapes are tested per sub-pixel (8×8 supersampling) and written as RGBA PNG with zlib.
// Run: node tests/harness/generate-icons.mjs (writes public/icon/<size>.png)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const BRAND = [0x0f, 0x76, 0x6e];
const WHITE = [0xff, 0xff, 0xff];
const SIZES = [16, 32, 48, 128];
const SAMPLES = 8;

/** Inside a rectangle with rounded corners; all coordinates are fractions of the icon size. */
function inRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const side = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = side(ax, ay, bx, by);
  const d2 = side(bx, by, cx, cy);
  const d3 = side(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r ** 2;

/** The colour at one point, or null for transparent. Small sizes get a bolder bubble and no dots. */
function colourAt(x, y, size) {
  if (!inRoundedRect(x, y, 0, 0, 1, 1, 0.22)) return null;
  const bold = size <= 16;
  const bubble = bold ? [0.16, 0.2, 0.84, 0.66, 0.14] : [0.19, 0.23, 0.81, 0.64, 0.13];
  const tail = bold
    ? [
        [0.26, 0.6],
        [0.48, 0.6],
        [0.22, 0.86],
      ]
    : [
        [0.3, 0.6],
        [0.48, 0.6],
        [0.26, 0.81],
      ];
  const inBubble = inRoundedRect(x, y, ...bubble) || inTriangle(x, y, ...tail);
  if (!inBubble) return BRAND;
  if (!bold) {
    const dotY = (bubble[1] + bubble[3]) / 2;
    for (const dotX of [0.355, 0.5, 0.645]) if (inCircle(x, y, dotX, dotY, 0.055)) return BRAND;
  }
  return WHITE;
}

function render(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // leading 0: PNG filter type "none"
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt(
            (px + (sx + 0.5) / SAMPLES) / size,
            (py + (sy + 0.5) / SAMPLES) / size,
            size,
          );
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const o = 1 + px * 4;
      if (covered > 0) {
        row[o] = Math.round(r / covered);
        row[o + 1] = Math.round(g / covered);
        row[o + 2] = Math.round(b / covered);
        row[o + 3] = Math.round((255 * covered) / SAMPLES ** 2);
      }
    }
    rows.push(row);
  }
  return encodePng(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const here = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'icon');
for (const size of SIZES) writeFileSync(join(here, `${size}.png`), render(size));

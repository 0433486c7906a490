// Draws the add-in's icons (assets/icon-16/32/64/80.png): a blue rounded square with a white tick.
// Pure Node (zlib for PNG deflate), so icons are regenerable without an image tool: `node scripts/make-icons.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x2b, 0x57, 0x9a];
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** Distance from point p to segment ab, for anti-aliased strokes. */
const segmentDistance = (px, py, ax, ay, bx, by) => {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};

function icon(size) {
  const rows = [];
  const radius = size * 0.18;
  const stroke = Math.max(1.2, size * 0.09);
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const [cx, cy] = [x + 0.5, y + 0.5];
      const dx = Math.max(radius - cx, 0, cx - (size - radius));
      const dy = Math.max(radius - cy, 0, cy - (size - radius));
      const inside = Math.min(1, Math.max(0, radius - Math.hypot(dx, dy) + 0.5));
      const u = cx / size;
      const v = cy / size;
      const d =
        Math.min(segmentDistance(u, v, 0.24, 0.52, 0.43, 0.7), segmentDistance(u, v, 0.43, 0.7, 0.77, 0.32)) * size;
      const tick = Math.min(1, Math.max(0, stroke / 2 - d + 0.5));
      const [r, g, b] = BLUE.map((c) => Math.round(c * (1 - tick) + 255 * tick));
      row.push(r, g, b, Math.round(255 * inside));
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80]) writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), icon(size));

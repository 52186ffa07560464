/**
 * Draws Likvärd's icons (assets/icon-16/32/64/80.png): three rising bars on a
 * teal rounded square — money following need. Run: node scripts/make-icons.js
 * Written without image libraries: a tiny PNG encoder over zlib.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const TEAL = [0, 120, 112];
const WHITE = [255, 255, 255];

function crc32(buffer) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buffer.length; n++) {
    c = (crc ^ buffer[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function icon(x, y, size) {
  const u = x / size;
  const v = y / size;
  const radius = 0.18;
  const dx = Math.max(radius - u, 0, u - (1 - radius));
  const dy = Math.max(radius - v, 0, v - (1 - radius));
  if (dx * dx + dy * dy > radius * radius) return [0, 0, 0, 0];
  const bars = [
    [0.18, 0.36, 0.62],
    [0.41, 0.59, 0.45],
    [0.64, 0.82, 0.24],
  ];
  for (const [left, right, top] of bars) {
    if (u >= left && u < right && v >= top && v < 0.8) return [...WHITE, 255];
  }
  return [...TEAL, 255];
}

for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), png(size, icon));
}

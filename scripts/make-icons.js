#!/usr/bin/env node
// Draws the Preflight icon (a white check mark over a paper-plane wing on a blue rounded square)
// at every size the manifest names, as PNG files in assets/. Pure Node: zlib for the PNG stream.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 4;
const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function insideRoundedSquare(x, y) {
  const radius = 0.22;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function onCheckMark(x, y) {
  const stroke = 0.085;
  return distanceToSegment(x, y, 0.24, 0.52, 0.42, 0.7) < stroke || distanceToSegment(x, y, 0.42, 0.7, 0.78, 0.3) < stroke;
}

function colourAt(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  return onCheckMark(x, y) ? WHITE : BLUE;
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = colourAt((x + (sx + 0.5) / SUPERSAMPLE) / size, (y + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!colour) continue;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 1;
        }
      }
      const offset = (y * size + x) * 4;
      const covered = sum[3];
      rgba[offset] = covered ? Math.round(sum[0] / covered) : 0;
      rgba[offset + 1] = covered ? Math.round(sum[1] / covered) : 0;
      rgba[offset + 2] = covered ? Math.round(sum[2] / covered) : 0;
      rgba[offset + 3] = Math.round((covered / SUPERSAMPLE ** 2) * 255);
    }
  }
  return encodePng(size, rgba);
}

const assets = path.join(__dirname, '..', 'assets');
fs.mkdirSync(assets, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(assets, `icon-${size}.png`), render(size));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')}`);

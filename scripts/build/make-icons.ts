/**
 * Draws the app icons (no downloads, no image libraries): a soft navy tile with a cream
 * comma — the "쉼표" (rest) of 음악 쉼표 — and a small sage dot like a held note.
 *
 *   npx tsx scripts/build/make-icons.ts      # writes public/icons/*.png and public/favicon.svg
 *
 * Shapes are signed-distance functions sampled 4×4 per pixel for smooth edges; PNGs are
 * encoded with node:zlib. The output is deterministic, so re-running changes nothing.
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type RGBA = [number, number, number, number];

const NAVY: RGBA = [30, 42, 68, 255]; // #1e2a44
const NAVY_TOP: RGBA = [40, 56, 88, 255]; // #283858, top of the soft gradient
const CREAM: RGBA = [247, 243, 234, 255]; // #f7f3ea
const SAGE: RGBA = [143, 193, 181, 255]; // #8fc1b5

// ---------- PNG encoding ----------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

// ---------- shapes (unit square, y down) ----------

function sdRoundRect(x: number, y: number, half: number, r: number): number {
  const qx = Math.abs(x - 0.5) - half + r;
  const qy = Math.abs(y - 0.5) - half + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** The comma: a round head plus a tail that curves down-left and tapers to a point. */
function makeComma(cx: number, cy: number, s: number): (x: number, y: number) => number {
  const headR = 0.15 * s;
  // Quadratic Bézier for the tail: from the head's right-lower side to a point below-left.
  const p0 = [cx + 0.065 * s, cy + 0.035 * s];
  const p1 = [cx + 0.1 * s, cy + 0.3 * s];
  const p2 = [cx - 0.1 * s, cy + 0.42 * s];
  const N = 40;
  const pts: { x: number; y: number; r: number }[] = [];
  for (let i = 0; i <= N; i++) {
    const t = i / N;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    pts.push({
      x: a * p0[0]! + b * p1[0]! + c * p2[0]!,
      y: a * p0[1]! + b * p1[1]! + c * p2[1]!,
      r: (0.075 * (1 - t) ** 1.25 + 0.004) * s,
    });
  }
  return (x, y) => {
    let d = Math.hypot(x - cx, y - cy) - headR;
    for (let i = 0; i < N; i++) {
      const A = pts[i]!;
      const B = pts[i + 1]!;
      const vx = B.x - A.x;
      const vy = B.y - A.y;
      const t = Math.max(0, Math.min(1, ((x - A.x) * vx + (y - A.y) * vy) / (vx * vx + vy * vy)));
      const px = A.x + t * vx;
      const py = A.y + t * vy;
      d = Math.min(d, Math.hypot(x - px, y - py) - (A.r + t * (B.r - A.r)));
    }
    return d;
  };
}

interface IconSpec {
  size: number;
  /** Full-bleed square (maskable) rather than a rounded tile with transparent corners. */
  maskable: boolean;
}

function drawIcon({ size, maskable }: IconSpec): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  // Maskable icons keep their content inside the central 80% safe zone.
  const scale = maskable ? 0.8 : 1;
  const comma = makeComma(0.47, 0.36 + (1 - scale) * 0.04, scale);
  const dot = { x: 0.5 + 0.2 * scale, y: 0.5 + 0.2 * scale, r: 0.045 * scale };
  const SS = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          const inTile = maskable || sdRoundRect(x, y, 0.5, 0.22) <= 0;
          if (!inTile) continue;
          let c: RGBA = [
            NAVY_TOP[0] + (NAVY[0] - NAVY_TOP[0]) * y,
            NAVY_TOP[1] + (NAVY[1] - NAVY_TOP[1]) * y,
            NAVY_TOP[2] + (NAVY[2] - NAVY_TOP[2]) * y,
            255,
          ];
          if (comma(x, y) <= 0) c = CREAM;
          else if (Math.hypot(x - dot.x, y - dot.y) <= dot.r) c = SAGE;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 255;
        }
      }
      const n = SS * SS;
      const i = (py * size + px) * 4;
      // Premultiplied accumulation → straight alpha.
      out[i] = a ? Math.round((r * 255) / a) : 0;
      out[i + 1] = a ? Math.round((g * 255) / a) : 0;
      out[i + 2] = a ? Math.round((b * 255) / a) : 0;
      out[i + 3] = Math.round(a / n);
    }
  }
  return out;
}

const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="음악 쉼표">
  <defs>
    <linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#283858"/>
      <stop offset="1" stop-color="#1e2a44"/>
    </linearGradient>
  </defs>
  <rect width="64" height="64" rx="14" fill="url(#g)"/>
  <circle cx="30" cy="23" r="9.6" fill="#f7f3ea"/>
  <path d="M38.9 23.6 C41.6 37 34.5 45.2 23.6 50 C31 43 32.5 35.5 29.6 30 Z" fill="#f7f3ea"/>
  <circle cx="44.8" cy="44.8" r="2.9" fill="#8fc1b5"/>
</svg>
`;

export function main(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const dir = path.join(root, 'public', 'icons');
  mkdirSync(dir, { recursive: true });
  const specs: { file: string; spec: IconSpec }[] = [
    { file: 'icon-192.png', spec: { size: 192, maskable: false } },
    { file: 'icon-512.png', spec: { size: 512, maskable: false } },
    { file: 'icon-maskable-512.png', spec: { size: 512, maskable: true } },
    { file: 'apple-touch-icon-180.png', spec: { size: 180, maskable: true } },
  ];
  for (const { file, spec } of specs) {
    writeFileSync(path.join(dir, file), encodePng(spec.size, spec.size, drawIcon(spec)));
    console.log(`wrote public/icons/${file}`);
  }
  writeFileSync(path.join(root, 'public', 'favicon.svg'), FAVICON_SVG);
  console.log('wrote public/favicon.svg');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

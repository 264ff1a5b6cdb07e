import zlib from 'node:zlib';
import type { OutlineFont } from './fonts';

type Pt = [number, number];

/** A white RGB canvas that fills polygons with anti-aliasing (non-zero winding, 4 sub-scanlines, exact horizontal coverage). */
export class Raster {
  readonly pixels: Float32Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Float32Array(width * height * 3).fill(255);
  }

  /** Fills closed contours with a colour ('#rrggbb'). */
  fill(contours: Pt[][], color: string): void {
    const rgb = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
    const edges: [number, number, number, number, number][] = [];
    let top = Infinity;
    let bottom = -Infinity;
    for (const c of contours) {
      for (let i = 0; i < c.length; i++) {
        const [x0, y0] = c[i]!;
        const [x1, y1] = c[(i + 1) % c.length]!;
        if (y0 === y1) continue;
        edges.push(y0 < y1 ? [x0, y0, x1, y1, 1] : [x1, y1, x0, y0, -1]);
        top = Math.min(top, y0, y1);
        bottom = Math.max(bottom, y0, y1);
      }
    }
    const S = 4;
    const cov = new Float32Array(this.width);
    let minX = Infinity;
    let maxX = -Infinity;
    for (const e of edges) {
      minX = Math.min(minX, e[0], e[2]);
      maxX = Math.max(maxX, e[0], e[2]);
    }
    const from = Math.max(0, Math.floor(minX));
    const to = Math.min(this.width, Math.ceil(maxX) + 1);
    for (let py = Math.max(0, Math.floor(top)); py < Math.min(this.height, Math.ceil(bottom)); py++) {
      cov.fill(0, from, to);
      let any = false;
      for (let s = 0; s < S; s++) {
        const sy = py + (s + 0.5) / S;
        const xs: [number, number][] = [];
        for (const [x0, y0, x1, y1, dir] of edges) if (sy >= y0 && sy < y1) xs.push([x0 + ((sy - y0) * (x1 - x0)) / (y1 - y0), dir]);
        if (!xs.length) continue;
        xs.sort((a, b) => a[0] - b[0]);
        any = true;
        let winding = 0;
        let start = 0;
        for (const [x, dir] of xs) {
          const before = winding;
          winding += dir;
          if (before === 0 && winding !== 0) start = x;
          else if (before !== 0 && winding === 0) this.span(cov, start, x, 1 / S);
        }
      }
      if (any) this.blendRow(py, cov, rgb, from, to);
    }
  }

  private span(cov: Float32Array, xa: number, xb: number, weight: number) {
    const a = Math.max(0, xa);
    const b = Math.min(this.width, xb);
    for (let px = Math.floor(a); px < Math.ceil(b); px++) cov[px]! += (Math.min(b, px + 1) - Math.max(a, px)) * weight;
  }

  private blendRow(py: number, cov: Float32Array, rgb: [number, number, number], from: number, to: number) {
    for (let px = from; px < to; px++) {
      const c = Math.min(1, cov[px]!);
      if (c <= 0) continue;
      const o = (py * this.width + px) * 3;
      for (let k = 0; k < 3; k++) this.pixels[o + k] = this.pixels[o + k]! * (1 - c) + rgb[k]! * c;
    }
  }

  /** Draws text with a font's glyph outlines; `anchor` aligns it on x; returns nothing. */
  text(font: OutlineFont, text: string, x: number, y: number, size: number, anchor: 'start' | 'middle' | 'end', color: string) {
    const run = font.layout(text);
    const scale = size / font.unitsPerEm;
    const advance = run.positions.reduce((a, p) => a + p.xAdvance, 0) * scale;
    let pen = anchor === 'start' ? x : anchor === 'middle' ? x - advance / 2 : x - advance;
    const contours: Pt[][] = [];
    run.glyphs.forEach((g, i) => {
      const pos = run.positions[i]!;
      const ox = pen + pos.xOffset * scale;
      const oy = y - pos.yOffset * scale;
      contours.push(...outline(g.path.commands, (gx, gy) => [ox + gx * scale, oy - gy * scale]));
      pen += pos.xAdvance * scale;
    });
    if (contours.length) this.fill(contours, color);
  }

  /** The canvas as a PNG file (8-bit RGB). */
  toPng(): Buffer {
    const row = this.width * 3 + 1;
    const raw = Buffer.alloc(row * this.height);
    for (let y = 0; y < this.height; y++) {
      raw[y * row] = 0;
      for (let i = 0; i < this.width * 3; i++) raw[y * row + 1 + i] = Math.round(this.pixels[y * this.width * 3 + i]!);
    }
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(this.width, 0);
    ihdr.writeUInt32BE(this.height, 4);
    ihdr.set([8, 2, 0, 0, 0], 8);
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

/** Glyph path commands flattened to closed polygons. */
function outline(commands: { command: string; args: number[] }[], at: (x: number, y: number) => Pt): Pt[][] {
  const out: Pt[][] = [];
  let cur: Pt[] = [];
  let last: [number, number] = [0, 0];
  const STEPS = 8;
  for (const { command, args: a } of commands) {
    if (command === 'moveTo') {
      if (cur.length > 2) out.push(cur);
      cur = [at(a[0]!, a[1]!)];
      last = [a[0]!, a[1]!];
    } else if (command === 'lineTo') {
      cur.push(at(a[0]!, a[1]!));
      last = [a[0]!, a[1]!];
    } else if (command === 'quadraticCurveTo') {
      for (let i = 1; i <= STEPS; i++) {
        const t = i / STEPS;
        const u = 1 - t;
        cur.push(at(u * u * last[0] + 2 * u * t * a[0]! + t * t * a[2]!, u * u * last[1] + 2 * u * t * a[1]! + t * t * a[3]!));
      }
      last = [a[2]!, a[3]!];
    } else if (command === 'bezierCurveTo') {
      for (let i = 1; i <= STEPS; i++) {
        const t = i / STEPS;
        const u = 1 - t;
        const f = (p0: number, p1: number, p2: number, p3: number) => u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
        cur.push(at(f(last[0], a[0]!, a[2]!, a[4]!), f(last[1], a[1]!, a[3]!, a[5]!)));
      }
      last = [a[4]!, a[5]!];
    } else if (command === 'closePath') {
      if (cur.length > 2) out.push(cur);
      cur = [];
    }
  }
  if (cur.length > 2) out.push(cur);
  return out;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([len, body, crc]);
}

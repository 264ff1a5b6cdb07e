import type { ChartSpec } from '../content/types';
import { CHART_SIZE, layoutChart } from './chart-layout';
import { chartFont } from './fonts';
import { Raster } from './raster';

type Pt = [number, number];

/** A thick polyline as one quadrilateral per segment (dashed: only the "on" pieces). */
function strokeContours(points: Pt[], width: number, dash: boolean): Pt[][] {
  const out: Pt[][] = [];
  const half = width / 2;
  const quad = (a: Pt, b: Pt) => {
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy) || 1;
    const nx = (-dy / len) * half;
    const ny = (dx / len) * half;
    out.push([
      [a[0] + nx, a[1] + ny],
      [b[0] + nx, b[1] + ny],
      [b[0] - nx, b[1] - ny],
      [a[0] - nx, a[1] - ny],
    ]);
  };
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (!dash) {
      quad(a, b);
      continue;
    }
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    for (let s = 0; s < len; s += 10) {
      const e = Math.min(len, s + 6);
      const at = (d: number): Pt => [a[0] + ((b[0] - a[0]) * d) / len, a[1] + ((b[1] - a[1]) * d) / len];
      quad(at(s), at(e));
    }
  }
  return out;
}

function circle(cx: number, cy: number, r: number): Pt[] {
  return Array.from({ length: 20 }, (_, i) => [cx + r * Math.cos((i / 20) * 2 * Math.PI), cy + r * Math.sin((i / 20) * 2 * Math.PI)] as Pt);
}

/** A chart as a PNG image, rasterised in pure TypeScript (no native dependency); `scale` 2 gives 1280 × 600 pixels. */
export function chartPng(chart: ChartSpec, scale = 2): Buffer {
  const r = new Raster(CHART_SIZE.width * scale, CHART_SIZE.height * scale);
  const font = chartFont();
  const s = (v: number) => v * scale;
  for (const p of layoutChart(chart)) {
    switch (p.kind) {
      case 'rect':
        r.fill(
          [
            [
              [s(p.x), s(p.y)],
              [s(p.x + p.w), s(p.y)],
              [s(p.x + p.w), s(p.y + p.h)],
              [s(p.x), s(p.y + p.h)],
            ],
          ],
          p.fill,
        );
        break;
      case 'line':
        r.fill(
          strokeContours(
            p.points.map(([x, y]) => [s(x), s(y)]),
            s(p.width),
            p.dash,
          ),
          p.stroke,
        );
        break;
      case 'circle':
        r.fill([circle(s(p.cx), s(p.cy), s(p.r))], p.fill);
        break;
      case 'text':
        r.text(font, p.text, s(p.x), s(p.y), s(p.size), p.anchor, p.fill);
        break;
    }
  }
  return r.toPng();
}

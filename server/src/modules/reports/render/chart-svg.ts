import type { ChartSpec } from '../content/types';
import { CHART_SIZE, layoutChart } from './chart-layout';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => Math.round(v * 10) / 10;

/** A chart as inline SVG, drawn on the server (no browser). `title` becomes the accessible name. */
export function chartSvg(chart: ChartSpec, title: string): string {
  const parts = layoutChart(chart).map((p) => {
    switch (p.kind) {
      case 'rect':
        return `<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}" fill="${p.fill}"/>`;
      case 'line':
        return `<polyline points="${p.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="none" stroke="${p.stroke}" stroke-width="${p.width}"${p.dash ? ' stroke-dasharray="6 4"' : ''}/>`;
      case 'circle':
        return `<circle cx="${n(p.cx)}" cy="${n(p.cy)}" r="${p.r}" fill="${p.fill}"/>`;
      case 'text':
        return `<text x="${n(p.x)}" y="${n(p.y)}" font-size="${p.size}" text-anchor="${p.anchor}" fill="${p.fill}">${esc(p.text)}</text>`;
    }
  });
  const { width, height } = CHART_SIZE;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(title)}" font-family="DejaVu Sans, Arial, sans-serif"><title>${esc(title)}</title>${parts.join('')}</svg>`;
}

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The path of a DejaVu TrueType file shipped by the dejavu-fonts-ttf package (resolved, never hard-coded). */
export function dejavuPath(file: 'DejaVuSerif.ttf' | 'DejaVuSerif-Bold.ttf' | 'DejaVuSerif-Italic.ttf' | 'DejaVuSans.ttf'): string {
  return require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
}

/** The glyph outlines and advances the chart rasteriser needs from a font. */
export type OutlineFont = {
  unitsPerEm: number;
  layout: (text: string) => {
    glyphs: { path: { commands: { command: string; args: number[] }[] } }[];
    positions: { xAdvance: number; xOffset: number; yOffset: number }[];
  };
};

let sans: OutlineFont | null = null;

/**
 * DejaVu Sans opened with fontkit, the font engine pdfkit ships with (resolved through pdfkit, so no
 * further dependency is needed), for drawing chart labels into PNG images.
 */
export function chartFont(): OutlineFont {
  if (sans) return sans;
  const fromPdfkit = createRequire(require.resolve('pdfkit'));
  const fontkit = fromPdfkit('fontkit') as { openSync: (path: string) => OutlineFont };
  sans = fontkit.openSync(dejavuPath('DejaVuSans.ttf'));
  return sans;
}

/**
 * SVG to PNG with resvg (a Rust renderer, prebuilt for each platform in its
 * npm package: no browser, no canvas, no system libraries). System fonts are
 * never loaded, so the image is the same on every machine.
 *
 * resvg is loaded on the first chart, not at start: an answer without an
 * image (most of them, and every `npm run ask` but /chart's) need not load a
 * native module.
 */
import { createRequire } from 'node:module';
import { fontFiles, LATIN_FAMILY } from './font.js';

type ResvgModule = typeof import('@resvg/resvg-js');
let resvg: ResvgModule | undefined;

export function svgToPng(svg: string): Uint8Array {
  resvg ??= createRequire(import.meta.url)('@resvg/resvg-js') as ResvgModule;
  const renderer = new resvg.Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: LATIN_FAMILY },
    background: '#ffffff',
  });
  return renderer.render().asPng();
}

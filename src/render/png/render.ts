/**
 * SVG to PNG with resvg (a Rust renderer, prebuilt for each platform in its
 * npm package: no browser, no canvas, no system libraries). System fonts are
 * never loaded, so the image is the same on every machine.
 */
import { Resvg } from '@resvg/resvg-js';
import { fontFiles, LATIN_FAMILY } from './font.js';

export function svgToPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: LATIN_FAMILY },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}

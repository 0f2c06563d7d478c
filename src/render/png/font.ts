/**
 * The fonts the chart images are drawn with, shipped by npm packages so no
 * system font is assumed (resvg reads TTF/OTF, not the WOFF of web-font
 * packages):
 * - Latin: Source Sans 3 (Adobe, SIL Open Font License), from `source-sans`;
 * - Chinese: Noto Sans CJK Simplified Chinese, family "Noto Sans S Chinese"
 *   (the same design family: its Latin is Source Sans), from
 *   `@embedpdf/fonts-sc`.
 * A text with any Chinese in it is set wholly in the CJK family (its Latin
 * matches Source Sans): resvg's fallback for a missing glyph ignores the
 * weight, and so does a Latin <tspan> beside a Chinese one. Text without
 * Chinese uses Source Sans 3, which is much quicker to draw: each glyph
 * from the 8 MB CJK file costs milliseconds.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

export const LATIN_FAMILY = 'Source Sans 3';
export const CJK_FAMILY = 'Noto Sans S Chinese';

const require = createRequire(import.meta.url);

/** Regular and Bold of both families, as files resvg loads. */
export function fontFiles(): string[] {
  const latin = path.join(path.dirname(require.resolve('source-sans/package.json')), 'TTF');
  const cjk = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  return [
    path.join(latin, 'SourceSans3-Regular.ttf'),
    path.join(latin, 'SourceSans3-Bold.ttf'),
    path.join(cjk, 'NotoSansHans-Regular.otf'),
    path.join(cjk, 'NotoSansHans-Bold.otf'),
  ];
}

/** Chinese characters and the full-width punctuation that goes with them. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** The family to set a text in: `Sky Net 2019` in Source Sans, `天网2019` wholly in the CJK face. */
export function familyFor(text: string): string {
  return CJK.test(text) ? CJK_FAMILY : LATIN_FAMILY;
}

/**
 * The font the chart images are drawn with, shipped by an npm package so no
 * system font is assumed: Noto Sans Hans (Noto Sans CJK, Simplified
 * Chinese, OpenType/CFF, SIL Open Font License) from @embedpdf/fonts-sc. It
 * covers Latin and the GB2312 characters, so English and Chinese labels and
 * the names' characters render alike. resvg reads TTF/OTF, not WOFF, which is
 * why a web-font package would not do.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

export const FONT_FAMILY = 'Noto Sans Hans';

const require = createRequire(import.meta.url);

/** The Regular and Bold faces, as files resvg loads. */
export function fontFiles(): string[] {
  const dir = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  return ['NotoSansHans-Regular.otf', 'NotoSansHans-Bold.otf'].map((file) => path.join(dir, file));
}

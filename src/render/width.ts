/**
 * Display width in a monospaced code block: Chinese characters and most emoji
 * take two columns, so text charts stay aligned whatever the labels.
 */
import stringWidth from 'string-width';

/**
 * Printable ASCII, box drawing and block elements (U+2500 to U+259F, the
 * charts' bars): one column a character, as string-width counts them
 * (test/render/width.test.ts holds it to that).
 */
const ONE_COLUMN_EACH = /^[\x20-\x7e\u2500-\u259f]*$/;

export function displayWidth(s: string): number {
  // Labels and bars are nearly always these: their width is their length, without string-width's
  // grapheme segmentation, whose first use loads ICU's break rules (30 to 70 ms of a command-line
  // answer). A /year chart's bars used to go through it.
  return ONE_COLUMN_EACH.test(s) ? s.length : stringWidth(s);
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}

/** Cuts to at most `width` columns, ending with `…` when cut. */
export function truncateToWidth(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

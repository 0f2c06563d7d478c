/**
 * Display width in a monospaced code block: Chinese characters and most emoji
 * take two columns, so text charts stay aligned whatever the labels.
 */
import stringWidth from 'string-width';

/** Printable ASCII: one column a character. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function displayWidth(s: string): number {
  // Most labels are plain ASCII: their width is their length, without string-width's grapheme
  // segmentation (whose first use loads ICU's break rules, some 30 ms of a command-line answer).
  return PRINTABLE_ASCII.test(s) ? s.length : stringWidth(s);
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

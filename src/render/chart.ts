/**
 * Small text charts for a code block, narrow enough for a phone (about 34
 * columns). Bars start at zero, so their lengths compare honestly; eighth
 * blocks give them finer steps than whole characters.
 */
import { displayWidth, padEnd, padStart } from './width.js';

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const SPARK = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

export const BAR_WIDTH = 14;

export function bar(value: number, max: number, width = BAR_WIDTH): string {
  if (!(max > 0) || !(value > 0)) return '';
  const eighths = Math.round((Math.min(value, max) / max) * width * 8);
  return '█'.repeat(Math.floor(eighths / 8)) + (EIGHTHS[eighths % 8] ?? '');
}

export interface BarRow {
  label: string;
  value: number;
  /** The value as it should be printed beside the bar. */
  shown: string;
  marked?: boolean;
}

/** One line a row: label, bar, value, and `◀` on the marked row. */
export function barChart(rows: readonly BarRow[], width = BAR_WIDTH): string {
  const max = Math.max(0, ...rows.map((r) => r.value));
  const labelWidth = Math.max(0, ...rows.map((r) => displayWidth(r.label)));
  const shownWidth = Math.max(0, ...rows.map((r) => displayWidth(r.shown)));
  return rows
    .map((r) => `${padEnd(r.label, labelWidth)} ${padEnd(bar(r.value, max, width), width)} ${padStart(r.shown, shownWidth)}${r.marked ? ' ◀' : ''}`.trimEnd())
    .join('\n');
}

/** `▄▄▅▅█▆`: one block a value, scaled from zero to the largest. */
export function sparkline(values: readonly number[]): string {
  const max = Math.max(0, ...values);
  if (max <= 0) return SPARK[0]!.repeat(values.length);
  return values.map((v) => SPARK[Math.min(SPARK.length - 1, Math.max(0, Math.round((v / max) * (SPARK.length - 1))))]!).join('');
}

/** A text table with right-aligned number columns; the first column is left-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: readonly string[]): string =>
    r
      .map((cell, i) => (i === 0 ? padEnd(cell, widths[i]!) : padStart(cell, widths[i]!)))
      .join('  ')
      .trimEnd();
  return all.map(line).join('\n');
}

export function codeBlock(text: string): string {
  // A user's text never reaches a chart, but a fence inside would still break it.
  return `\`\`\`\n${text.replace(/```/g, 'ˋˋˋ')}\n\`\`\``;
}

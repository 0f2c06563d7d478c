/** How the benchmark writes its figures: aligned tables, milliseconds, shares and counts. */

export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
export const pct = (n: number): string => `${(n * 100).toFixed(0)}%`;
export const times = (n: number): string => `${n.toFixed(n >= 100 ? 0 : 1)}×`;
export const count = (n: number): string => n.toLocaleString('en');

/** English list grammar, for the labels that name several things. */

/** `a`, `a and b`, `a, b and c`. */
export function joinEn(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

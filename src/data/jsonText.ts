/**
 * The data files as editors keep them: two-space indents, and an object or
 * list on one line when it fits in the width (`"source": ["report"]`), so a
 * one-field change is a one-line diff. `data:import` writes its files this way.
 */

const WIDTH = 160;

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

function block(value: unknown, indent: string, prefix: string): string {
  const flat = inline(value);
  if (indent.length + prefix.length + flat.length <= WIDTH || value === null || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${block(v, inner, '')}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${block(v, inner, `${JSON.stringify(k)}: `)}`).join(',\n')}\n${indent}}`;
}

/** `value` as the data files write it, ending with a newline. */
export function dataJson(value: unknown): string {
  return `${block(value, '', '')}\n`;
}

/**
 * The difference an import makes, as an editor reviews it before anything is
 * written: per table, what is added, changed (column by column, before and
 * after) and removed.
 */
import type { TableDiff } from './tableDiff.js';

/** A cell on one line, cut to `max` characters: line breaks shown as ⏎. */
function oneLine(text: string, max = 90): string {
  const flat = text.replace(/\r?\n/g, ' ⏎ ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function describeDiff(diffs: readonly TableDiff[]): string {
  const out: string[] = [];
  for (const d of diffs) {
    out.push(`${d.sheet} → ${d.file}: ${d.added.length} added, ${d.changed.length} changed, ${d.removed.length} removed`);
    for (const r of d.added) out.push(`  + ${r.key}${r.label !== r.key ? ` (${r.label})` : ''}`);
    for (const r of d.changed) {
      out.push(`  ~ ${r.key}${r.label !== r.key ? ` (${r.label})` : ''}`);
      for (const f of r.fields)
        out.push(`      ${f.column}: ${f.before ? `"${oneLine(f.before)}"` : '(empty)'} → ${f.after ? `"${oneLine(f.after)}"` : '(empty)'}`);
    }
    for (const r of d.removed) out.push(`  - ${r.key}${r.label !== r.key ? ` (${r.label})` : ''}`);
  }
  return out.join('\n');
}

/**
 * Escaping for text that is not ours (what a user typed, what an editor put in
 * the data), so it shows as typed instead of turning into formatting, links
 * or headings.
 */

/** Escapes Discord markdown: emphasis, code, spoilers, quotes, headings, lists and masked links. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]<>]/g, '\\$&')
    .replace(/^(\s*)([#>-]|\d+\.)(?=\s)/gm, '$1\\$2');
}

/** A user's words inside a reply: one line, escaped, and short. */
export function quoteUserText(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const cut = [...oneLine].length > max ? `${[...oneLine].slice(0, max - 1).join('')}…` : oneLine;
  return `“${escapeMarkdown(cut)}”`;
}

/** C0/C1 controls (but tab and newline), zero-width and bidi controls: they can hide or reorder what a reader sees. */
export const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

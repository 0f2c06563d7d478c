/**
 * Discord's Markdown, escaped for text that is not ours (what a user typed,
 * what an editor put in the data), so it shows as typed instead of turning
 * into formatting, links or headings. Part of Discord's protocol: how a
 * message's text is read.
 */

/**
 * Characters that format, and line starts that make a heading, a quote or a
 * list. Constants, because a pattern written in a function is a new RegExp
 * object at each call, and these run on every piece of every reply.
 */
const MARKDOWN_CHARACTER = /[\\*_~`|[\]<>]/g;
const BLOCK_START = /^(\s*)([#>-]|\d+\.)(?=\s)/gm;
const WHITESPACE_RUN = /\s+/g;

/** Escapes Discord markdown: emphasis, code, spoilers, quotes, headings, lists and masked links. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_CHARACTER, '\\$&').replace(BLOCK_START, '$1\\$2');
}

/** A user's words inside a reply: one line, escaped, and short. */
export function quoteUserText(text: string, max = 80): string {
  const oneLine = text.replace(WHITESPACE_RUN, ' ').trim();
  // No longer in code units than `max` is no longer in characters either: only a longer line is counted.
  const cut = oneLine.length > max && [...oneLine].length > max ? `${[...oneLine].slice(0, max - 1).join('')}…` : oneLine;
  return `“${escapeMarkdown(cut)}”`;
}

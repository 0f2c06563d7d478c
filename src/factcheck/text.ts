/**
 * The draft as the checker reads it. What is not copy (code, links, Discord
 * mentions and custom emoji, keycap digits, control and bidi characters,
 * Markdown's emphasis marks) is
 * blanked out with spaces of the same length, so that every offset found in
 * the masked text is an offset into the draft as pasted. Then the text is cut
 * into sentences, each with its place in the draft and its paragraph.
 */
import { HIDDEN } from '../discord/controls.js';
import type { Span } from './types.js';

/** Code is not copy: fenced blocks (closed or not) and inline code. */
const CODE = /```[\s\S]*?(?:```|$)|`[^`\n]*`/g;
/** Links, with or without a scheme, and bare addresses such as `xinhuanet.com/english/2018-07/11/…`. */
const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+\/\S*/gi;
/** `<@123>`, `<@!123>`, `<@&123>`, `<#123>`, `<:name:123>`, `<a:name:123>`, `<t:1700000000:R>`, `</cmd:123>`, @everyone, @here. */
const DISCORD = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:\d+(?::\w)?|\/[\w -]+:\d+)>|@(?:everyone|here)\b/g;
/** Markdown emphasis, strike-through and spoilers: `**2,041**`, `__Xu Chaofan__`, `||5.42bn||` read as plain words. */
const EMPHASIS = /[*_~|]/g;
/** 1️⃣ and friends: a digit that is an emoji, not a figure. */
const KEYCAP = /[0-9#*]\uFE0F?\u20E3/g;

const NOT_NEWLINE = /[^\n]/g;

function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (m) => m.replace(NOT_NEWLINE, ' '));
}

const CARRIAGE_RETURN = /\r/g;

/** The draft with everything that is not copy turned to spaces; the same length, so offsets carry over. */
export function maskNonCopy(text: string): string {
  let out = text.replace(CARRIAGE_RETURN, ' ');
  for (const pattern of [CODE, LINK, DISCORD, KEYCAP, HIDDEN, EMPHASIS]) out = blank(out, pattern);
  return out;
}

export interface Sentence extends Span {
  text: string;
  /** Sentences of one paragraph share its number; a blank line starts the next. */
  paragraph: number;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mr',
  'mrs',
  'ms',
  'dr',
  'no',
  'nos',
  'st',
  'vs',
  'etc',
  'approx',
  'est',
  'inc',
  'co',
  'ltd',
  'gov',
  'govt',
  'dept',
  'prof',
  'gen',
  'sen',
  'rep',
  'corp',
]);

const WHITESPACE = /\s/;
/** The word (letters and stops) a full stop ends; a single capital in it is an initial. */
const WORD_BEFORE_STOP = /([\p{L}.]+)$/u;
const INITIAL = /(^|\.)\p{Lu}$/u;

function endsSentence(text: string, i: number): boolean {
  const ch = text[i]!;
  if ('。！？!?'.includes(ch)) return true;
  if (ch === '\n') return true;
  if (ch !== '.') return false;
  const next = text[i + 1];
  // 5.42, U.S., e.g.: a stop inside a token ends nothing.
  if (next !== undefined && !WHITESPACE.test(next)) return false;
  const word = WORD_BEFORE_STOP.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // A single capital before the stop is an initial (U.S., J. Smith).
  if (INITIAL.test(word)) return false;
  return true;
}

const CLOSING_MARK = /["'”’)）」』】]/;
const BLANK_LINE_AHEAD = /^[ \t]*\n/;

/** Sentences of the (masked) text, trimmed, with their offsets; empty ones dropped. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!endsSentence(text, i)) continue;
    // Closing quotes and brackets belong to the sentence they close.
    let end = i + 1;
    while (end < text.length && CLOSING_MARK.test(text[end]!)) end++;
    pushSentence(out, text, start, end, paragraph);
    if (text[i] === '\n' && BLANK_LINE_AHEAD.test(text.slice(i + 1))) paragraph++;
    start = end;
    i = end - 1;
  }
  pushSentence(out, text, start, text.length, paragraph);
  return out;
}

/** The text from `start` to `end` as a sentence, trimmed, unless nothing is left. */
function pushSentence(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed, paragraph });
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when the text holds a letter or a digit: what is left once the non-copy is masked. */
export function hasCopy(masked: string): boolean {
  return LETTER_OR_DIGIT.test(masked);
}

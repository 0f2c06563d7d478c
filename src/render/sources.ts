/**
 * Footnotes for facts that come from outside the report: each address gets a
 * number the first time it is cited, and the reply lists them at the end, so a
 * reader can always tell the report's figures from anyone else's. A reply
 * cites every fact it shows (the report's too, which takes no number), so its
 * footer can name exactly the sources it used: the report only when the reply
 * shows something from it, and each other site it cited.
 */
import type { Meta, SourceList } from '../data/schema.js';
import { REPORT } from '../data/sources.js';
import type { FieldSpec } from './embed.js';
import { escapeMarkdown } from '../discord/markdown.js';
import { LIMITS } from '../discord/limits.js';
import type { ReplyLabels } from '../i18n/labels.js';

export { REPORT };

const SCHEME = /^https?:\/\//;
const WWW = /^www\./;

/** `chinadaily.com.cn` from `chinadaily.com.cn/a/2022...`: how a sentence or a footer names a source; the full address is in the reply's footnotes. */
export function siteOf(address: string): string {
  const bare = address.replace(SCHEME, '');
  const slash = bare.indexOf('/');
  return (slash < 0 ? bare : bare.slice(0, slash)).replace(WWW, '');
}

export class Citations {
  private readonly addresses: string[] = [];
  private reportUsed = false;

  /** ` [1]`, ` [1, 2]`, or nothing when the report alone is the source. */
  cite(sources: SourceList): string {
    // Most facts are the report's alone: nothing to number, and nothing built for it.
    let numbers: number[] | undefined;
    for (const source of sources) {
      if (source === REPORT) {
        this.reportUsed = true;
        continue;
      }
      let index = this.addresses.indexOf(source);
      if (index < 0) index = this.addresses.push(source) - 1;
      numbers ??= [];
      // An address given twice is numbered once.
      if (!numbers.includes(index + 1)) numbers.push(index + 1);
    }
    return numbers ? ` [${numbers.sort((a, b) => a - b).join(', ')}]` : '';
  }

  /** Records that the reply shows the report's own figures or words (which carry no footnote number). */
  useReport(): this {
    this.reportUsed = true;
    return this;
  }

  get count(): number {
    return this.addresses.length;
  }

  /** The numbered list of addresses, or undefined when nothing outside the report was cited. */
  field(name: string): FieldSpec | undefined {
    if (this.addresses.length === 0) return undefined;
    return { name, value: this.addresses.map((a, i) => `[${i + 1}] ${a}`).join('\n') };
  }

  /**
   * The numbered list as as many fields as it needs (a field holds 1,024
   * characters; a long list is never cut), each address followed by what
   * `describe` says of it: its report's date, and whether it is a weak page.
   */
  fields(name: string, describe: (address: string) => string = () => ''): FieldSpec[] {
    const lines = this.addresses.map((a, i) => `[${i + 1}] ${a}${describe(a)}`);
    const out: FieldSpec[] = [];
    let chunk: string[] = [];
    const flush = (): void => {
      if (chunk.length > 0) out.push({ name: out.length === 0 ? name : `${name} (${out.length + 1})`, value: chunk.join('\n') });
      chunk = [];
    };
    for (const line of lines) {
      if ([...chunk, line].join('\n').length > LIMITS.fieldValue) flush();
      chunk.push(line.length > LIMITS.fieldValue ? `${line.slice(0, LIMITS.fieldValue - 1)}…` : line);
    }
    flush();
    return out;
  }

  /** The line under the reply: the report (if used) and the sites of the other sources cited, nothing else. */
  footer(meta: Meta, t: ReplyLabels): string {
    const sites = [...new Set(this.addresses.map(siteOf))];
    return t.footer({ ...(this.reportUsed ? { reportFile: meta.report.file } : {}), sites }, meta.version);
  }
}

/** A verbatim quote from the report, as a block quote; the words are the report's, only escaped. */
export function quoteBlock(quote: string): string {
  return `> ${escapeMarkdown(quote.replace(/\s+/g, ' ').trim())}`;
}

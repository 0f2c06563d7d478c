/**
 * Footnotes for facts that come from outside the report: each address gets a
 * number the first time it is cited, and the reply lists them at the end, so a
 * reader can always tell the report's figures from anyone else's.
 */
import type { Meta, SourceList } from '../data/schema.js';
import type { FieldSpec } from './embed.js';
import { escapeMarkdown } from './markdown.js';

export const REPORT = 'report';

export class Citations {
  private readonly addresses: string[] = [];

  /** ` [1]`, ` [1, 2]`, or nothing when the report alone is the source. */
  cite(sources: SourceList): string {
    const numbers = sources
      .filter((s) => s !== REPORT)
      .map((address) => {
        let index = this.addresses.indexOf(address);
        if (index < 0) index = this.addresses.push(address) - 1;
        return index + 1;
      })
      .sort((a, b) => a - b);
    return numbers.length > 0 ? ` [${numbers.join(', ')}]` : '';
  }

  get count(): number {
    return this.addresses.length;
  }

  /** The numbered list of addresses, or undefined when nothing outside the report was cited. */
  field(name = 'Other sources'): FieldSpec | undefined {
    if (this.addresses.length === 0) return undefined;
    return { name, value: this.addresses.map((a, i) => `[${i + 1}] ${a}`).join('\n') };
  }
}

/** The line under every reply that names where the figures come from. */
export function reportFooter(meta: Meta): string {
  return `Source: news report ${meta.report.file} (machine translation from Chinese) · data ${meta.version}`;
}

/** A verbatim quote from the report, as a block quote; the words are the report's, only escaped. */
export function quoteBlock(quote: string): string {
  return `> ${escapeMarkdown(quote.replace(/\s+/g, ' ').trim())}`;
}

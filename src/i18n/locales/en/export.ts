/** The English words of /export. */
import { plural } from '../../format/en.js';

export const enExport = {
  exportFileDescription: (what: string, version: string) => `Sky Net ${what}, data ${version}`,
  exportTitle: (what: string) => `Export: ${what}`,
  exportWhat: { years: 'years', cases: 'cases', milestones: 'milestones', sources: 'sources' } as Record<string, string>,
  exportDescription: (rows: number, columns: string) =>
    `${rows} rows as CSV (UTF-8 with a byte-order mark, so spreadsheets show Chinese characters). Columns: ${columns}. Every row names its sources.`,
  exportTooLarge: (what: string, limit: string, line: string) =>
    `The ${what} table is larger as CSV than the ${limit} this server lets the bot attach. On the bot's machine, \`${line}\` writes the whole file.`,
  exportFooter: (file: string | undefined, others: number, version: string) =>
    `Sources: ${[file ? `news report ${file} (machine translation from Chinese)` : undefined, others > 0 ? `${plural(others, 'other report')}` : undefined].filter(Boolean).join(' and ')}, named in each row · data ${version}`,
};

/**
 * /export what:<years|cases|milestones|sources> — the data as a CSV
 * attachment for a spreadsheet: UTF-8 with a byte-order mark (so Chinese
 * characters show), one row a record, every fact with its sources. It is
 * also what editors change and give back to `npm run data:import`, so each
 * table carries everything the import needs to read the record back.
 */
import { COLOR, EXPORTS, OptionType, csvFile, defineCommand, errorReply, labels, reply, type ExportKind } from '../src/kit/index.js';

/**
 * `44.7 MB`, `147 KB` (1,024 to a KB, as Discord counts): a file's size rounded
 * up and a limit rounded down, so that a file over the limit never reads as
 * the same size or less.
 */
function size(bytes: number, round: 'up' | 'down'): string {
  const whole = round === 'up' ? Math.ceil : Math.floor;
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${(whole(mb * 10) / 10).toFixed(1)} MB` : `${whole(bytes / 1024)} KB`;
}

export function exportFileName(kind: ExportKind, version: string): string {
  return `skynet-${kind}-${version.replace(/[^\w.-]/g, '_')}.csv`;
}

export default defineCommand({
  definition: {
    name: 'export',
    description: 'The data as a CSV file for a spreadsheet, with sources in every row',
    options: [
      {
        type: OptionType.String,
        name: 'what',
        description: 'Which table',
        required: true,
        choices: [
          { name: 'Years (totals, rates, other reports)', value: 'years' },
          { name: 'Cases', value: 'cases' },
          { name: 'Milestones', value: 'milestones' },
          { name: 'Sources (every address, with its date)', value: 'sources' },
        ],
      },
    ],
  },
  examples: ['/export what:years', '/export what:cases', '/export what:sources'],

  run(options, { data, locale, attachmentLimit }) {
    const t = labels(locale);
    const kind = options.string('what', true) as ExportKind;
    if (!EXPORTS.includes(kind)) throw new Error(`unknown export ${kind}`);
    const file = csvFile(data, kind);
    const name = exportFileName(kind, data.meta.version);
    const bytes = file.bytes;
    // Discord refuses an upload over the server's limit (a 413, and the reader gets nothing): say so instead.
    if (attachmentLimit !== undefined && bytes.length > attachmentLimit) {
      return errorReply(
        t.exportTooLarge(t.exportWhat[kind] ?? kind, size(bytes.length, 'up'), size(attachmentLimit, 'down'), `npm run ask -- "/export what:${kind}"`),
      );
    }
    return reply({
      embeds: [
        {
          title: t.exportTitle(t.exportWhat[kind] ?? kind),
          description: t.exportDescription(file.rows, file.columns.map((h) => `\`${h}\``).join(', ')),
          color: COLOR.info,
          footer: t.exportFooter(file.cited.report ? data.meta.report.file : undefined, file.cited.others, data.meta.version),
        },
      ],
      files: [
        {
          name,
          data: bytes,
          contentType: 'text/csv; charset=utf-8',
          description: t.exportFileDescription(t.exportWhat[kind] ?? kind, data.meta.version),
        },
      ],
    });
  },
});

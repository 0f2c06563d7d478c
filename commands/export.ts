/**
 * /export what:<years|cases|milestones|sources> — the data as a CSV
 * attachment for a spreadsheet: UTF-8 with a byte-order mark (so Chinese
 * characters show), one row a record, every fact with its sources. It is
 * also what editors change and give back to `npm run data:import`, so each
 * table carries everything the import needs to read the record back.
 */
import { COLOR, EXPORTS, OptionType, csvFile, defineCommand, errorReply, labels, reply, type ExportKind } from '../src/kit/index.js';

/**
 * `10.0 MB`, `20 KB` (1,024 to a KB, as Discord counts): the upload limit,
 * rounded down, so that "larger than" it stays true of a file over the limit.
 */
function limitSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${(Math.floor(mb * 10) / 10).toFixed(1)} MB` : `${Math.floor(bytes / 1024)} KB`;
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
    // Discord refuses an upload over the server's limit (a 413, and the reader gets nothing): say so instead.
    // The file is not written past the limit, so its size is not known: the reply says only that it is over.
    const file = csvFile(data, kind, attachmentLimit);
    if (!file.fits) {
      return errorReply(t.exportTooLarge(t.exportWhat[kind] ?? kind, limitSize(file.limit), `npm run ask -- "/export what:${kind}"`));
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
          name: exportFileName(kind, data.meta.version),
          data: file.bytes,
          contentType: 'text/csv; charset=utf-8',
          description: t.exportFileDescription(t.exportWhat[kind] ?? kind, data.meta.version),
        },
      ],
    });
  },
});

/** The English words shared across replies, the dispatcher's own answers, /help, /about and /changes. */
import { FIRST_NAMED_YEAR } from '../../../data/terms.js';
import type { Metric } from '../../../data/yearStats.js';
import { EN as EN_FORMATS, plural } from '../../format/en.js';
import type { UsedSources } from '../usedSources.js';
import { joinEn } from './grammar.js';
import { optionProblemEn, type OptionProblem } from '../../optionProblems.js';

export const enShared = {
  /** Between a label and its value, in running text: `country: Canada`. */
  colon: ': ',
  comma: ', ',
  /** Joining two parts of a phrase: `before 2015 and 2021`. */
  and: ' and ',
  metric: { returned: 'Fugitives returned', recovered: 'Money recovered' } as Record<Metric, string>,
  metricUnit: { returned: 'people', recovered: 'yuan' } as Record<Metric, string>,
  otherSources: 'Other sources',
  fromReport: 'From the report',
  /** The line under a reply: exactly the sources it used. */
  footer: ({ reportFile, sites }: UsedSources, version: string): string => {
    const report = reportFile ? `news report ${reportFile} (machine translation from Chinese)` : undefined;
    const others = sites.length > 0 ? `${joinEn(sites)} (listed above)` : undefined;
    if (!report && !others) return `No source: no published figure was found · data ${version}`;
    return `${report && others ? 'Sources' : others && sites.length > 1 ? 'Sources' : 'Source'}: ${[report, others].filter(Boolean).join('; ')} · data ${version}`;
  },
  /** The operation as the report names it: "Sky Net + year" only from 2016; 2015 was its first year. */
  skyNet: (year: number): string =>
    year < FIRST_NAMED_YEAR ? `Sky Net in ${year}${year === FIRST_NAMED_YEAR - 1 ? ' (its first year)' : ''}` : `Sky Net ${year}`,
  noPublishedFigure: 'no published figure found',
  noFullYear: (operation: string) => `No published full-year figure for ${operation} was found.`,
  noFullYearPartial: 'no published full-year figure was found',
  yes: 'Yes',
  no: 'No',
  noSuchCommand: (name: string) => `There is no command /${name} here. Try /help.`,
  commandFailed: (name: string) => `Sorry, /${name} failed. The error has been logged; please try again.`,
  buttonGone: 'This button no longer works. Run the command again.',
  noTargetMessage: 'This command works on a message: right-click one (or long-press it), then Apps.',
  buttonFailed: (name: string) => `Sorry, that button of /${name} failed. The error has been logged; please run the command again.`,
  somethingWrong: 'Sorry, something went wrong. The error has been logged; please try again.',
  restarting: 'The bot is restarting. Please try again in a moment.',
  cooldown: (seconds: number) =>
    `You're sending commands faster than I can keep up with. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`,
  optionProblem: (command: string, p: OptionProblem): string => `/${command}: ${optionProblemEn(p)}.`,
  changesTitle: 'What changed in the data',
  changesNone: 'No change to the data has been recorded yet.',
  changesEntry: (version: string, date: string) => `Data ${version} · ${date}`,
  changesTables: {
    cases: ['case', 'cases'],
    years: ['year', 'years'],
    milestones: ['milestone', 'milestones'],
    sources: ['source address', 'source addresses'],
    list100: ['count of the list of 100', 'counts of the list of 100'],
  } as Record<string, [string, string]>,
  changesVerb: { added: 'Added', changed: 'Changed', removed: 'Removed' } as Record<'added' | 'changed' | 'removed', string>,
  changesCount: (n: number, [one, many]: [string, string]) => `${EN_FORMATS.count(n)} ${n === 1 ? one : many}`,
  changesMore: (n: number) => ` and ${n} more`,
  /** `54 cases (Ba Lianxiao, Chang Gaocai and 48 more)`. */
  changesNamed: (count: string, names: string, more: string) => `${count} (${names}${more})`,
  changesHint: (shown: number, all: number) =>
    `${shown} of ${all} ${all === 1 ? 'change' : 'changes'}, newest first. Each is made with \`npm run data:import\` or by hand, and recorded in changelog.json.`,
  changesFooter: (version: string) => `Serving data ${version}`,
  aboutChanges: (version: string, date: string, summary: string) => `Data ${version}, ${date}: ${summary}. See /changes.`,
  aboutRecords: (sources: number, counts: number) =>
    `${EN_FORMATS.count(sources)} source addresses, each with its report's date; ${counts} published counts of the list of 100 (/list100)`,
  helpTitle: 'Sky Net desk bot',
  helpIntro:
    'Figures and cases of China\'s "Sky Net" campaign to bring back corruption fugitives and their money, from a news report (a machine translation) and other published reports, with every fact\'s source. On any message, right-click (or long-press), then Apps, for the message commands.',
  helpMessageCommand: (name: string) => `Apps › ${name} (on a message)`,
  helpMessageCommandWhat: {
    'check-facts':
      "Checks the message's figures and names against the data: ✅ consistent, ❌ contradicted (with the data's figure and source), ➖ not in the data. Only you see it, with a button to post it. In the terminal:",
    'find-cases': 'Lists the fugitives the message names, however they are written, each with a button that opens the case. In the terminal:',
  } as Record<string, string>,
  aboutTitle: 'About the Sky Net desk bot',
  aboutFields: { data: 'Data', source: 'Source', read: 'How to read it', version: 'Version', changes: 'Latest change' } as Record<string, string>,
  aboutData: (years: number, covered: string, cases: number, milestones: number, withCharacters: number, later: number) =>
    [
      `${plural(years, 'year')} of totals (${covered})${later > 0 ? `, and ${plural(later, 'later year')} from other reports, where a figure was published` : ''}`,
      plural(cases, 'named case'),
      plural(milestones, 'milestone'),
      `Chinese characters for ${EN_FORMATS.count(withCharacters)} of the cases, each from a published source`,
    ].join('\n'),
  aboutRead:
    'Every record keeps the report\'s sentence word for word. Facts from other reports carry their address. Terms are cleaned up from the translation: "hundred red-pass personnel" is the list of 100 red-notice fugitives; "returned to China to vote" means returned to surrender.',
  aboutBy: (author: string) => `, by ${author}`,
};

/** The benchmark's figures as tables for people and one JSON line for scripts. */
import type { EndpointLoad, HttpResult } from './http.js';
import type { RealDataResult } from './realData.js';
import type { StartupRun } from './startup.js';
import type { SizeResult } from './synthetic.js';
import { count, ms, pct, table, times } from './format.js';
import type { Target } from './targets.js';

export interface BenchResult {
  seed: string;
  node: string;
  cpus: number;
  sizes: SizeResult[];
  realData: RealDataResult | null;
  startup: StartupRun[];
  http: HttpResult | null;
  targets: Target[];
  notes: string[];
}

export function render(result: BenchResult): string {
  const { sizes } = result;
  const out: string[] = [];
  out.push(`Sky Net desk bot benchmark · seed "${result.seed}" · node ${result.node} · ${result.cpus} CPUs`);
  out.push('');
  if (sizes.length > 0) {
    out.push('The bot on synthetic data, every query (times per query, through the command handlers):');
    const head = ['', ...sizes.map((s) => `${count(s.cases)} cases`)];
    const row = (label: string, f: (s: SizeResult) => string): string[] => [label, ...sizes.map(f)];
    out.push(
      table([
        head,
        row('load: read, validate, check (s)', (s) => (s.loadMs / 1000).toFixed(2)),
        row('index build (s)', (s) => (s.bot.buildMs / 1000).toFixed(2)),
        row('  names + /search (s)', (s) => `${(s.build.namesMs / 1000).toFixed(2)} + ${(s.build.textMs / 1000).toFixed(2)}`),
        row('  CPU, of it collecting garbage (s)', (s) => `${(s.build.cpuMs / 1000).toFixed(2)}, ${(s.build.gcMs / 1000).toFixed(2)}`),
        row('heap: data + index (MB)', (s) => `${s.heapBotMB.toFixed(0)} (${s.heapDataMB.toFixed(0)} + ${s.bot.indexHeapMB.toFixed(0)})`),
        row('autocomplete p50 / p99 (ms)', (s) => `${ms(s.bot.autocomplete.p50)} / ${ms(s.bot.autocomplete.p99)} (${s.bot.autocomplete.count})`),
        row('/case p50 / p99 (ms)', (s) => `${ms(s.bot.caseCommand.p50)} / ${ms(s.bot.caseCommand.p99)} (${s.bot.caseCommand.count})`),
        row('/search p50 / p99 (ms)', (s) => `${ms(s.bot.searchCommand.p50)} / ${ms(s.bot.searchCommand.p99)} (${s.bot.searchCommand.count})`),
        row('one slip: top-1 / top-5', (s) => `${pct(s.bot.accuracy.typo1.top1)} / ${pct(s.bot.accuracy.typo1.top5)}`),
        row('two slips: top-1 / top-5', (s) => `${pct(s.bot.accuracy.typo2.top1)} / ${pct(s.bot.accuracy.typo2.top5)}`),
        row('run together: top-1 / top-5', (s) => `${pct(s.bot.accuracy.runTogether.top1)} / ${pct(s.bot.accuracy.runTogether.top5)}`),
        row('all slips: top-1 / top-5', (s) => `${pct(s.bot.accuracy.typo.top1)} / ${pct(s.bot.accuracy.typo.top5)}`),
        row('oracle, one slip: top-1 / top-5', (s) => `${pct(s.oracle.accuracy.typo1.top1)} / ${pct(s.oracle.accuracy.typo1.top5)}`),
        row('oracle, two slips: top-1 / top-5', (s) => `${pct(s.oracle.accuracy.typo2.top1)} / ${pct(s.oracle.accuracy.typo2.top5)}`),
        row('oracle, run together: top-1 / top-5', (s) => `${pct(s.oracle.accuracy.runTogether.top1)} / ${pct(s.oracle.accuracy.runTogether.top5)}`),
        row('oracle, all slips: top-1 / top-5', (s) => `${pct(s.oracle.accuracy.typo.top1)} / ${pct(s.oracle.accuracy.typo.top5)}`),
      ]),
    );
    out.push(
      'The oracle ranks every name in the data by OSA distance to the query, ties in random order (its expected figures): the ceiling a fast index should approach.',
    );
    out.push(`Latency in brackets: the runs timed, every query ${sizes[0]!.botRounds} times round.`);
    out.push('');
    out.push("Every command's examples through the dispatcher, p50 / p99 (ms):");
    const names = Object.keys(sizes[0]!.commands);
    out.push(
      table([
        ['command', ...sizes.map((s) => `${count(s.cases)} cases`)],
        ...names.map((name) => [`/${name}`, ...sizes.map((s) => (s.commands[name] ? `${ms(s.commands[name]!.p50)} / ${ms(s.commands[name]!.p99)}` : ''))]),
      ]),
    );
    out.push('');
    out.push('Against the baseline (fuse.js, default options, index built once) on the same queries: bot | baseline | baseline ÷ bot');
    const vs = (label: string, bot: (s: SizeResult) => string, base: (s: SizeResult) => string, ratio: (s: SizeResult) => string): string[] => [
      label,
      ...sizes.flatMap((s) => [bot(s), base(s), ratio(s)]),
    ];
    const dash = (): string => '';
    out.push(
      table([
        ['', ...sizes.flatMap((s) => [`${count(s.cases)}: bot`, 'baseline', '÷'])],
        vs(
          'index build (ms)',
          (s) => ms(s.bot.buildMs),
          (s) => ms(s.baseline.buildMs),
          dash,
        ),
        vs(
          'index heap (MB)',
          (s) => s.bot.indexHeapMB.toFixed(0),
          (s) => s.baseline.indexHeapMB.toFixed(0),
          dash,
        ),
        vs(
          'autocomplete p50 (ms)',
          (s) => ms(s.botOnSample.autocomplete.p50),
          (s) => ms(s.baseline.autocomplete.p50),
          (s) => times(s.speedup.autocompleteP50),
        ),
        vs(
          'autocomplete p99 (ms)',
          (s) => ms(s.botOnSample.autocomplete.p99),
          (s) => ms(s.baseline.autocomplete.p99),
          (s) => times(s.speedup.autocompleteP99),
        ),
        vs(
          '/case p50 (ms)',
          (s) => ms(s.botOnSample.caseCommand.p50),
          (s) => ms(s.baseline.caseCommand.p50),
          (s) => times(s.speedup.caseP50),
        ),
        vs(
          '/case p99 (ms)',
          (s) => ms(s.botOnSample.caseCommand.p99),
          (s) => ms(s.baseline.caseCommand.p99),
          (s) => times(s.speedup.caseP99),
        ),
        vs(
          '/search p99 (ms)',
          (s) => ms(s.botOnSample.searchCommand.p99),
          (s) => ms(s.baseline.searchCommand.p99),
          (s) => times(s.speedup.searchP99),
        ),
        vs(
          'typos: top-1',
          (s) => pct(s.botOnSample.accuracy.typo.top1),
          (s) => pct(s.baseline.accuracy.typo.top1),
          dash,
        ),
        vs(
          'typos: top-5',
          (s) => pct(s.botOnSample.accuracy.typo.top5),
          (s) => pct(s.baseline.accuracy.typo.top5),
          dash,
        ),
        vs(
          'run together: top-1',
          (s) => pct(s.botOnSample.accuracy.runTogether.top1),
          (s) => pct(s.baseline.accuracy.runTogether.top1),
          dash,
        ),
        vs(
          'run together: top-5',
          (s) => pct(s.botOnSample.accuracy.runTogether.top5),
          (s) => pct(s.baseline.accuracy.runTogether.top5),
          dash,
        ),
      ]),
    );
    for (const s of sizes) {
      const b = s.baselineSample;
      if (b.autocomplete < s.bot.autocomplete.count / s.botRounds) {
        out.push(
          `  ${count(s.cases)} cases: the baseline ran an even sample (${b.autocomplete} autocomplete, ${b.caseCommand} /case, ${b.searchCommand} /search, ${b.accuracyPerSet} a set for accuracy), each timed ${s.sampleRounds} times; the bot column is the bot on those same queries, as many times.`,
        );
      }
    }
    out.push('');
  }
  if (result.realData) {
    const real = result.realData;
    out.push(`Real data (${real.cases} cases): every command's examples through the dispatcher`);
    out.push(
      table([
        ['command', 'p50 (ms)', 'p99 (ms)', 'runs'],
        ...Object.entries(real.commands).map(([name, l]) => [`/${name}`, ms(l.p50), ms(l.p99), String(l.count)]),
        ['autocomplete, key by key', ms(real.autocomplete.p50), ms(real.autocomplete.p99), String(real.autocomplete.count)],
      ]),
    );
    out.push('');
  }
  if (result.startup.length > 0) {
    out.push('Start to first answer, from outside the process (to the first byte of the answer):');
    out.push(
      table([
        ['how', 'median (ms)', 'target', 'runs (ms)'],
        ...result.startup.map((s) => [s.how, String(s.median), s.target !== undefined ? `≤ ${s.target}` : '', s.runs.join(', ')]),
      ]),
    );
    out.push('');
  }
  if (result.http) {
    const h = result.http;
    out.push(
      `HTTP endpoint on 127.0.0.1: signed /case autocomplete (${count(h.typedValues)} typed values, ${h.bodyBytes.min}-${h.bodyBytes.max} byte bodies), ` +
        `${h.endpoint.connections} keep-alive connections, ${h.endpoint.seconds} s after ${h.endpoint.warmUpSeconds} s warm-up`,
    );
    const errors = (e: EndpointLoad): string =>
      e.errors === 0
        ? '0'
        : `${e.errors} (${Object.entries(e.errorKinds)
            .map(([kind, n]) => `${kind}: ${n}`)
            .join(', ')})`;
    const row = (label: string, e: EndpointLoad, ratio: number): string[] => [
      label,
      count(e.perSecond),
      pct(ratio),
      `${ms(e.latency.p50)} / ${ms(e.latency.p99)}`,
      errors(e),
      `${e.serverCpu ?? '?'} / ${e.loadCpu}`,
    ];
    out.push(
      table([
        ['', 'per second', '÷ verify', 'p50 / p99 (ms)', 'errors', 'CPU (cores): server / load'],
        [
          'bare crypto.verify, one core',
          count(h.verify.perSecond),
          '100%',
          '',
          '',
          `(before ${count(h.verify.before.perSecond)}, after ${count(h.verify.after.perSecond)})`,
        ],
        row('the bot (npm start), one process', h.endpoint, h.ratio),
        ...(h.allCores.endpoint === h.endpoint
          ? []
          : [row(`the bot, ${h.allCores.endpoint.workers} workers (INTERACTIONS_WORKERS=auto)`, h.allCores.endpoint, h.allCores.ratio)]),
        row('node:http + signature check only', h.verifyOnly, h.verifyOnlyRatio),
      ]),
    );
    out.push('');
  }
  if (result.targets.length > 0) {
    out.push('Targets:');
    out.push(table(result.targets.map((t) => [`${t.met ? '✓' : '✗'} ${t.what}`, String(t.value), t.limit, t.beside ? `(${t.beside})` : ''])));
    out.push('');
  }
  for (const note of result.notes) out.push(`Note: ${note}`);
  return out.join('\n');
}

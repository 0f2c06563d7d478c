/**
 * The real data: every command's examples through the dispatcher, and
 * autocomplete as the options that have it are typed key by key. Commands
 * come from the registry, so one added later is measured without a change
 * here.
 */
import type { CommandRegistry } from '../../src/registry/registry.js';
import { loadDataset } from '../../src/dataset/dataset.js';
import { dispatch, type Incoming } from '../../src/interactions/dispatch.js';
import { silentLogger } from '../../src/log.js';
import { lineToInteraction, splitLine } from '../../src/transports/terminal/line.js';
import { latency, settle, timeEach, type Latency } from './measure.js';

const RUNS_PER_EXAMPLE = 300;
const ROUNDS_PER_KEYSTROKE = 30;

export interface RealDataResult {
  cases: number;
  /** Per command, over all its examples. */
  commands: Record<string, Latency & { examples: string[] }>;
  autocomplete: Latency & { keystrokes: number };
}

function prefixes(text: string): string[] {
  return Array.from({ length: text.length + 1 }, (_, i) => text.slice(0, i));
}

/** Each example's autocompleted options, typed key by key, as chat-bar lines; for /case, every name in the data too. */
function keystrokes(registry: CommandRegistry, names: readonly string[]): string[] {
  const lines = new Set<string>();
  for (const command of registry.list) {
    const auto = (command.definition.options ?? []).filter((o) => 'autocomplete' in o && o.autocomplete);
    for (const example of command.examples) {
      for (const { option, text } of splitLine(example, registry).options) {
        if (!auto.includes(option)) continue;
        for (const p of prefixes(text.trim())) lines.add(`/${command.definition.name} ${option.name}:${p}`);
      }
    }
    if (command.definition.name === 'case') {
      for (const name of names) for (const p of prefixes(name)) lines.add(`/case name:${p}`);
    }
  }
  return [...lines];
}

export async function measureRealData(registry: CommandRegistry): Promise<RealDataResult> {
  const data = await loadDataset();
  const deps = { registry, data: () => data, log: silentLogger };
  const run = (incoming: Incoming) => dispatch(incoming, deps);

  const commands: RealDataResult['commands'] = {};
  for (const command of registry.list) {
    const incoming = command.examples.map((e) => lineToInteraction(e, registry, 'run'));
    const runs = Array.from({ length: RUNS_PER_EXAMPLE }, () => incoming).flat();
    // Warmed on as many runs as are timed, the rule of the synthetic blocks (synthetic.ts): what is timed
    // is the bot as it runs all day, not V8 compiling it. After 30 runs, a command's last tier-ups fell
    // among its timed runs: /cases, 0.06 ms at the median, had a p99 of 2 to 4.5 ms; 1.2 ms after 1,200.
    await settle(() => timeEach(runs, run));
    commands[command.definition.name] = { ...latency(await timeEach(runs, run)), examples: [...command.examples] };
  }

  const names = data.cases.flatMap((c) => [c.name.toLowerCase(), ...(c.chinese ? [c.chinese.simplified] : [])]);
  const typed = keystrokes(registry, names).map((line) => lineToInteraction(line, registry, 'autocomplete'));
  const rounds = Array.from({ length: ROUNDS_PER_KEYSTROKE }, () => typed).flat();
  await settle(() => timeEach(rounds, run));
  const times = await timeEach(rounds, run);
  return { cases: data.cases.length, commands, autocomplete: { ...latency(times), keystrokes: typed.length } };
}

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
import { latency, settle, timeEach, timeInTurns, type Latency } from './measure.js';

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

  const names = data.cases.flatMap((c) => [c.name.toLowerCase(), ...(c.chinese ? [c.chinese.simplified] : [])]);
  const typed = keystrokes(registry, names).map((line) => lineToInteraction(line, registry, 'autocomplete'));
  const rounds = Array.from({ length: ROUNDS_PER_KEYSTROKE }, () => typed).flat();
  const examples = registry.list.map((command) => command.examples.map((e) => lineToInteraction(e, registry, 'run')));

  // Collected once, then every example run untimed, then timed, the commands in turns (timeInTurns
  // says why; until 2 December one command's runs after another): the bot as it runs all day, JIT
  // warm (as many untimed runs as timed, the synthetic commands' rule) and no collection forced just
  // before the timing. A forced full collection starts V8's next marking cycle early, and its steps fell
  // among the next few hundred answers: /check's 600 runs had a p99 of 1.0 to 6.1 ms when collected,
  // warmed and timed (four rounds), 0.36 to 0.48 ms with no collection between the rounds. After only
  // 30 untimed runs a command's last tier-ups fell among its timed runs too (/cases: 2 to 4.5 ms).
  await settle(async () => {
    await timeInTurns(examples, RUNS_PER_EXAMPLE, run);
    await timeEach(rounds, run);
  });
  const timed = await timeInTurns(examples, RUNS_PER_EXAMPLE, run);
  const commands: RealDataResult['commands'] = {};
  registry.list.forEach((command, i) => {
    commands[command.definition.name] = { ...latency(timed[i]!), examples: [...command.examples] };
  });
  const times = await timeEach(rounds, run);
  return { cases: data.cases.length, commands, autocomplete: { ...latency(times), keystrokes: typed.length } };
}

/**
 * The layers of the bot, lowest first, and who may import whom, checked in CI
 * (`npm run deps`). A module may import its own layer and the layers below it,
 * never one above: the protocol knows nothing of the bot, the data nothing of
 * how it is shown, a command nothing of how its reply travels, a transport
 * nothing of the modes that compose it. Tests and scripts may import anything,
 * but not in a cycle.
 */
const LAYERS = [
  ['protocol', '^src/(discord|config)/|^src/(log|memo|paths|version)\\.ts$'],
  // Prometheus metrics and shared state (Redis or memory): below everything that counts or shares, knowing nothing of the bot.
  ['metrics', '^src/metrics/'],
  ['state', '^src/state/'],
  ['data', '^src/data/'],
  ['search', '^src/search/'],
  // The served Dataset: the records with the search indexes built on them, and the store that swaps it on reload.
  ['dataset', '^src/dataset/'],
  ['words', '^src/i18n/'],
  ['render', '^src/render/'],
  // The data as spreadsheet tables (CSV): /export writes them.
  ['sheets', '^src/export/'],
  // Spreadsheet files back into the data folder (npm run data:import): read, check, diff, write.
  ['import', '^src/import/'],
  ['factcheck', '^src/factcheck/'],
  // What command files build on, from one import (src/kit/index.ts).
  ['kit', '^src/kit/'],
  ['commands', '^commands/'],
  ['registry', '^src/registry/'],
  ['interactions', '^src/interactions/'],
  ['transports', '^src/transports/'],
  // The app composes config, data, commands and dispatcher; transports take a Bot (src/interactions/bot.ts), never the app.
  ['app', '^src/app\\.ts$'],
  ['modes', '^src/modes/'],
  ['entry', '^src/main\\.ts$|^src/cli/'],
];

const upward = LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `${name}-imports-above`,
  comment: `${name} may import only itself and the layers below it (${
    LAYERS.slice(0, i)
      .map(([n]) => n)
      .join(', ') || 'none'
  }).`,
  severity: 'error',
  from: { path },
  to: {
    path: LAYERS.slice(i + 1)
      .map(([, p]) => `(${p})`)
      .join('|'),
  },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle: split the shared part out, or invert one dependency.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'transport-imports-modes',
      comment: 'Transports are peers composed by src/modes/: they never reach back up into it.',
      severity: 'error',
      from: { path: '^src/transports/' },
      to: { path: '^src/modes/' },
    },
    {
      name: 'command-imports-beside-kit',
      comment: 'Command files import src/ only through src/kit/index.ts, the one surface (a command folder may import its own helpers).',
      severity: 'error',
      from: { path: '^commands/' },
      to: { path: '^src/', pathNot: '^src/kit/index\\.ts$' },
    },
    {
      name: 'command-imports-transport',
      comment: 'A command returns a reply and never knows which transport carries it.',
      severity: 'error',
      from: { path: '^commands/' },
      to: { path: '^src/(transports|interactions|modes)/|^src/(app|main)\\.ts$' },
    },
    {
      name: 'discord-imports-above',
      comment: "src/discord/ is Discord's protocol (limits, payloads, definition rules): it imports nothing of the bot.",
      severity: 'error',
      from: { path: '^src/discord/' },
      to: { path: '^(src|commands)/', pathNot: '^src/discord/' },
    },
    ...upward,
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing: a typo, or a package missing from package.json.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|\\.bench)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

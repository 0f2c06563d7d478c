/**
 * What a user can send, as fast-check arbitraries: text of every kind Discord
 * lets through (CJK, emoji, zero-width and right-to-left marks, markdown,
 * mentions, code fences, up to 6,000 characters), numbers of any size, and
 * options that are missing, of the wrong type, unknown or malformed. The
 * option values are derived from each command's own definition, so a command
 * added later is fuzzed with the options it declares, with no change here.
 */
import type { APIApplicationCommandBasicOption } from 'discord-api-types/v10';
import fc from 'fast-check';
import type { Command, MessageCommand } from '../../src/kit/command.js';
import { InteractionType, OptionType } from '../../src/discord/limits.js';
import type { Incoming } from '../../src/interactions/dispatch.js';

/** Pieces that have broken chat bots before: pings, markdown, invisible and direction marks, fences, lone surrogates. */
const NASTY_PIECES = [
  '@everyone',
  '@here',
  '<@&123456789012345678>',
  '<@!1>',
  '<@1>',
  '<#1>',
  '<:e:1>',
  '<t:0:R>',
  '*',
  '**',
  '_',
  '__',
  '~~',
  '||',
  '`',
  '```',
  '```js\n',
  '\n```\n',
  '>',
  '> ',
  '>>> ',
  '# ',
  '-# ',
  '[a](https://x.y)',
  '\\',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u202e',
  '\u202d',
  '\u202c',
  '\u200f',
  '\u200e',
  '\u2066',
  '\u2067',
  '\u2069',
  '\ud800',
  '\udfff',
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r\n',
  ' ',
  '\u3000',
  '\u00a0',
  '杨秀珠',
  '天网',
  '黄',
  '赖昌星',
  '😀',
  '👩‍👩‍👧',
  '🇨🇳',
  '🏳️‍🌈',
  'e\u0301',
  'שלום',
  'مرحبا',
  'ـــ',
  'Ⅻ',
  '𝔘𝔫𝔦',
  'İ',
  'ß',
  'yang xiuzhu',
  'Yang',
  '2019',
  '-1',
  '1e309',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '%s',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder typed as text is what is tried
  '${x}',
  '{{x}}',
];

/** Chinese characters, so long CJK strings (two display columns each) are common rather than rare. */
const CJK = fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCharCode(code));

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: CJK, maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
);

/** Lengths where limits sit: option max lengths, Discord's field and message limits, the 6,000 cap. */
const EDGE_LENGTHS = [0, 1, 31, 32, 33, 80, 99, 100, 101, 199, 200, 201, 256, 257, 1024, 1025, 2000, 2001, 4096, 4097, 6000];

/** A long paste: pieces repeated to a length from 0 to 6,000, often one right at a limit. */
const longText = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.oneof(fc.constantFrom(...EDGE_LENGTHS), fc.integer({ min: 0, max: 6000 })))
  .map(([pieces, length]) => {
    const unit = pieces.join('') || 'x';
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  });

/** Anything a person can type or paste into a text option, 0 to 6,000 characters. */
export const userText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')) },
  { weight: 2, arbitrary: longText },
);

/** Integers of every size, with extra weight on the option's own range and bounds and on values that break naive code. */
function integerValue(option: { min_value?: number; max_value?: number }): fc.Arbitrary<number> {
  const { min_value: min, max_value: max } = option;
  const near = [min, max].filter((n): n is number => n !== undefined).flatMap((n) => [n - 1, n, n + 1]);
  // Most values inside the range, so a command with several integer options (/compare a b) still mostly reaches its handler.
  const inRange =
    min !== undefined || max !== undefined ? [{ weight: 8, arbitrary: fc.integer({ min: Math.ceil(min ?? -1e6), max: Math.floor(max ?? 1e6) }) }] : [];
  return fc.oneof(
    ...inRange,
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.maxSafeInteger() },
    {
      weight: 1,
      arbitrary: fc.constantFrom(0, -0, -1, -99_999_999, 99_999_999, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 53, -(2 ** 53), 1e21, ...near),
    },
  );
}

const numberValue: fc.Arbitrary<number> = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.EPSILON, 1e308));

/** A value of the option's own type; for an option with choices, mostly one of them (anything else is refused before the handler). */
export function valueFor(option: APIApplicationCommandBasicOption, suggested: readonly unknown[] = []): fc.Arbitrary<unknown> {
  // Fixed choices, or what the option's own autocomplete suggests (a country, an outcome in the data):
  // values a person would pick, so a command that refuses anything else still mostly reaches its handler.
  const known = 'choices' in option && option.choices && option.choices.length > 0 ? option.choices.map((c) => c.value) : suggested;
  const choices = known.length > 0 ? [{ weight: 12, arbitrary: fc.constantFrom(...known) }] : [];
  switch (option.type) {
    case OptionType.String: {
      // Mostly within the option's length limits, so most cases reach the handler; the rest test the refusal.
      const fits = userText.map((t) => t.slice(0, option.max_length ?? 6000)).filter((t) => t.length >= (option.min_length ?? 0));
      return fc.oneof({ weight: 3, arbitrary: fits }, { weight: 1, arbitrary: userText }, ...choices);
    }
    case OptionType.Integer:
      return fc.oneof({ weight: 1, arbitrary: integerValue(option) }, ...choices);
    case OptionType.Number:
      return fc.oneof({ weight: 1, arbitrary: numberValue }, { weight: 1, arbitrary: integerValue(option) }, ...choices);
    case OptionType.Boolean:
      return fc.boolean();
    default:
      // Users, channels, roles: Discord sends ids as text.
      return fc.oneof(fc.stringMatching(/^\d{17,20}$/), userText);
  }
}

/** A value of any other type, or none, or something no JSON would hold. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.constantFrom(undefined, null, '', '2019', 2019, true, [], {}, Number.NaN),
  userText,
  numberValue,
);

const optionName = fc.oneof(fc.constantFrom('name', 'year', 'query', 'metric', 'Name', 'YEAR', ' year', 'year ', 'year\u200b', '__proto__'), userText);

/** An option the command does not declare. */
const unknownOption = fc.record({ name: optionName, type: fc.integer({ min: -1, max: 12 }), value: wrongValue });

/** One declared option, usually well-formed, sometimes with a wrong value or type. */
function declaredOption(option: APIApplicationCommandBasicOption, focused: boolean, suggested: Suggestions): fc.Arbitrary<Record<string, unknown>> {
  const value = fc.oneof({ weight: 10, arbitrary: focused ? userText : valueFor(option, suggested.get(option.name)) }, { weight: 1, arbitrary: wrongValue });
  const type = fc.oneof({ weight: 8, arbitrary: fc.constant<number>(option.type) }, { weight: 1, arbitrary: fc.integer({ min: -1, max: 12 }) });
  return fc.record({ name: fc.constant(option.name), type, value, ...(focused ? { focused: fc.constant(true) } : {}) });
}

const isRequired = (o: APIApplicationCommandBasicOption) => 'required' in o && o.required === true;

/** Whether each declared option is given: a required one almost always, an optional one half the time. */
function chosenOptions(declared: readonly APIApplicationCommandBasicOption[]): fc.Arbitrary<APIApplicationCommandBasicOption[]> {
  return fc.tuple(...declared.map((o) => fc.integer({ min: 0, max: 19 }).map((n) => (isRequired(o) ? n > 0 : n >= 10)))).chain((given) =>
    fc.shuffledSubarray(
      declared.filter((_, i) => given[i]),
      { minLength: given.filter(Boolean).length },
    ),
  );
}

/** Discord's `data.options` for a command: its options in any order, now and then with one unknown, a duplicate, or junk instead. */
function optionsFor(command: Command, mode: 'run' | 'autocomplete', suggested: Suggestions): fc.Arbitrary<unknown> {
  const declared = command.definition.options ?? [];
  const autocompleted = declared.filter((o) => 'autocomplete' in o && o.autocomplete);
  const focusTargets = autocompleted.length > 0 ? autocompleted : declared;
  const focusArb =
    mode === 'autocomplete' && focusTargets.length > 0 ? fc.option(fc.constantFrom(...focusTargets), { nil: undefined, freq: 10 }) : fc.constant(undefined);
  const mutation = fc.constantFrom('none', 'none', 'none', 'none', 'none', 'none', 'none', 'none', 'duplicate', 'unknown');
  const wellFormed = fc.tuple(chosenOptions(declared), focusArb, unknownOption, mutation).chain(([chosen, focus, unknown, mutate]) => {
    const rest = chosen.filter((o) => o.name !== focus?.name);
    const parts = [...rest.map((o) => declaredOption(o, false, suggested)), ...(focus ? [declaredOption(focus, true, suggested)] : [])];
    return fc.tuple(...parts).map((options) => {
      const list: unknown[] = [...options];
      if (mutate === 'duplicate' && list.length > 0) list.push(list[0]);
      if (mutate === 'unknown') list.push(unknown);
      return list;
    });
  });
  return fc.oneof(
    { weight: 20, arbitrary: wellFormed },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.array(fc.oneof(fc.anything(), unknownOption), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.anything() },
  );
}

/** Fields every transport fills from Discord's interaction, sometimes odd or absent. */
const locale = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('en-US', 'en-GB', 'zh-CN', 'zh-TW', 'fr') }, { weight: 1, arbitrary: fc.anything() });
const userId = fc.oneof({ weight: 6, arbitrary: fc.stringMatching(/^\d{17,20}$/) }, { weight: 1, arbitrary: fc.anything() });

/** What each autocompleted option suggests with nothing typed, by option name. */
export type Suggestions = ReadonlyMap<string, readonly unknown[]>;

/** A command (`run`) or the autocomplete of one of its options, as Discord would send it, with odd fields now and then. */
export function commandInteraction(command: Command, mode: 'run' | 'autocomplete', suggested: Suggestions = new Map()): fc.Arbitrary<Incoming> {
  return fc.record({
    type: fc.constant(mode === 'run' ? InteractionType.ApplicationCommand : InteractionType.Autocomplete),
    commandName: fc.constant(command.definition.name),
    options: optionsFor(command, mode, suggested),
    locale,
    userId,
  }) as fc.Arbitrary<Incoming>;
}

/** A message command used on a message with anything at all in it (a draft, a paste, nothing). */
export function messageCommandInteraction(command: MessageCommand): fc.Arbitrary<Incoming> {
  return fc.record({
    type: fc.constant(InteractionType.ApplicationCommand),
    commandName: fc.constant(command.definition.name),
    target: fc.record({ id: fc.constant('1300000000000000999'), content: userText }),
    locale,
    userId,
  }) as fc.Arbitrary<Incoming>;
}

/** A command name nobody registered: typos, other cases, invisible characters, any text at all. */
export function unknownCommandInteraction(known: readonly string[]): fc.Arbitrary<Incoming> {
  const variants = known.flatMap((n) => [n.toUpperCase(), ` ${n}`, `${n}\u200b`, `/${n}`, `${n}s`]);
  const name = fc.oneof(fc.constantFrom(...variants, '', 'help me', '__proto__', 'constructor', 'toString'), userText).filter((n) => !known.includes(n));
  return fc.record({
    type: fc.constantFrom(InteractionType.ApplicationCommand, InteractionType.Autocomplete),
    commandName: name,
    options: fc.oneof(fc.constant(undefined), fc.anything(), fc.array(unknownOption, { maxLength: 3 })),
    locale,
    userId,
  }) as fc.Arbitrary<Incoming>;
}

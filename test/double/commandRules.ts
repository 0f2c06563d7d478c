/**
 * Discord's checks on registered commands, written here from Discord's API
 * documentation (Application Commands: naming, limits), separately from the
 * bot's own src/discord/definitionRules.ts, so the double refuses what Discord
 * would refuse even if the bot's checker has a gap. Problems come back in
 * Discord's error shape: 400, code 50035 "Invalid Form Body", `errors` keyed
 * by the path to the field.
 */

export interface DefinitionProblem {
  path: (string | number)[];
  code: string;
  message: string;
}

// Discord documents the name rule as this regular expression (with the unicode flag).
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const BASIC_OPTION_TYPES = new Set([3, 4, 5, 6, 7, 8, 9, 10, 11]);
const MAX_OPTIONS = 25;
const MAX_CHOICES = 25;
const MAX_COMMANDS = 100;
/** Discord's cap on message commands (context menu on a message) per application. */
const MAX_MESSAGE_COMMANDS = 5;
/** A user or message command's name: 1–32 characters, mixed case and spaces allowed. */
const CONTEXT_MENU_NAME = /^[^\s](?:.{0,30}[^\s])?$/u;
/** Name, description and choice names and values of a command and all its options, together. */
const MAX_COMMAND_CHARACTERS = 4000;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : '');

function checkName(value: unknown, path: (string | number)[], out: DefinitionProblem[]): void {
  if (typeof value !== 'string' || !NAME.test(value))
    out.push({ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: `Command name is invalid: ${JSON.stringify(value)}` });
  else if (value !== value.toLowerCase()) out.push({ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name must be lower case' });
}

function checkDescription(value: unknown, path: (string | number)[], out: DefinitionProblem[]): void {
  if (typeof value !== 'string' || value.length < 1 || value.length > 100)
    out.push({ path, code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
}

function checkLocalizations(command: Json, path: (string | number)[], out: DefinitionProblem[]): void {
  for (const [locale, name] of Object.entries(isObject(command.name_localizations) ? command.name_localizations : {}))
    if (name !== null) checkName(name, [...path, 'name_localizations', locale], out);
  for (const [locale, d] of Object.entries(isObject(command.description_localizations) ? command.description_localizations : {}))
    if (d !== null) checkDescription(d, [...path, 'description_localizations', locale], out);
}

function checkChoices(option: Json, path: (string | number)[], out: DefinitionProblem[]): number {
  if (option.choices === undefined) return 0;
  let characters = 0;
  if (!Array.isArray(option.choices)) {
    out.push({ path: [...path, 'choices'], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' });
    return 0;
  }
  if (option.autocomplete === true)
    out.push({
      path: [...path, 'autocomplete'],
      code: 'APPLICATION_COMMAND_AUTOCOMPLETE_INCOMPATIBLE_WITH_CHOICES',
      message: 'Autocomplete cannot be set with choices',
    });
  if (option.choices.length > MAX_CHOICES)
    out.push({ path: [...path, 'choices'], code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${MAX_CHOICES} or fewer in length.` });
  option.choices.forEach((choice: unknown, c) => {
    const at = [...path, 'choices', c];
    if (!isObject(choice)) {
      out.push({ path: at, code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' });
      return;
    }
    const name = text(choice.name);
    if (name.length < 1 || name.length > 100)
      out.push({ path: [...at, 'name'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
    const wantsString = option.type === 3;
    if (wantsString ? typeof choice.value !== 'string' : typeof choice.value !== 'number')
      out.push({ path: [...at, 'value'], code: 'BASE_TYPE_CHOICES', message: `Value must be a ${wantsString ? 'string' : 'number'} for this option type.` });
    if (typeof choice.value === 'string' && choice.value.length > 100)
      out.push({ path: [...at, 'value'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
    characters += name.length + String(choice.value).length;
  });
  return characters;
}

/** A command on a message's context menu (type 3): a name, no description, no options. */
function checkMessageCommand(command: Json, at: (string | number)[], out: DefinitionProblem[]): void {
  const names = [
    [command.name, [...at, 'name']],
    ...Object.entries(isObject(command.name_localizations) ? command.name_localizations : {}).map(([l, n]) => [n, [...at, 'name_localizations', l]]),
  ] as [unknown, (string | number)[]][];
  for (const [name, path] of names) {
    if (name === null && path.length > at.length + 1) continue;
    if (typeof name !== 'string' || !CONTEXT_MENU_NAME.test(name) || [...name].length > 32)
      out.push({ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: `Command name is invalid: ${JSON.stringify(name)}` });
  }
  if (command.description !== undefined && command.description !== '')
    out.push({ path: [...at, 'description'], code: 'APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION', message: 'Context menu commands cannot have description' });
  if (command.options !== undefined)
    out.push({ path: [...at, 'options'], code: 'APPLICATION_COMMAND_CONTEXT_MENU_OPTIONS', message: 'Context menu commands cannot have options' });
}

function checkCommand(command: unknown, index: number, out: DefinitionProblem[]): void {
  const at: (string | number)[] = [index];
  if (!isObject(command)) return void out.push({ path: at, code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' });
  if (command.type === 3) {
    checkMessageCommand(command, at, out);
    return;
  }
  if (command.type !== undefined && command.type !== 1)
    return void out.push({ path: [...at, 'type'], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (1, 2, 3).' });
  checkName(command.name, [...at, 'name'], out);
  checkDescription(command.description, [...at, 'description'], out);
  checkLocalizations(command, at, out);
  let characters = text(command.name).length + text(command.description).length;
  const options = command.options ?? [];
  if (!Array.isArray(options)) return void out.push({ path: [...at, 'options'], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' });
  if (options.length > MAX_OPTIONS) out.push({ path: [...at, 'options'], code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${MAX_OPTIONS} or fewer in length.` });
  const names = new Set<unknown>();
  let optionalSeen = false;
  options.forEach((option: unknown, o) => {
    const path = [...at, 'options', o];
    if (!isObject(option)) {
      out.push({ path, code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' });
      return;
    }
    checkName(option.name, [...path, 'name'], out);
    checkDescription(option.description, [...path, 'description'], out);
    checkLocalizations(option, path, out);
    if (!BASIC_OPTION_TYPES.has(option.type as number))
      out.push({ path: [...path, 'type'], code: 'BASE_TYPE_CHOICES', message: `Value must be one of ${[...BASIC_OPTION_TYPES].join(', ')}.` });
    if (names.has(option.name))
      out.push({ path: [...path, 'name'], code: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', message: 'Option name already exists' });
    names.add(option.name);
    if (option.required === true && optionalSeen)
      out.push({ path, code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', message: 'Required options must be placed before non-required options' });
    if (option.required !== true) optionalSeen = true;
    characters += text(option.name).length + text(option.description).length + checkChoices(option, path, out);
  });
  if (characters > MAX_COMMAND_CHARACTERS)
    out.push({ path: at, code: 'APPLICATION_COMMAND_TOO_LARGE', message: `Command exceeds maximum size (${MAX_COMMAND_CHARACTERS})` });
}

/** Every problem Discord would report for a bulk overwrite (PUT .../commands) with this body. */
export function registrationProblems(body: unknown): DefinitionProblem[] {
  const out: DefinitionProblem[] = [];
  if (!Array.isArray(body)) return [{ path: [], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }];
  if (body.length > MAX_COMMANDS) out.push({ path: [], code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${MAX_COMMANDS} or fewer in length.` });
  // Names are unique within a type: a slash command and a message command may share one.
  const names = new Set<string>();
  let messageCommands = 0;
  body.forEach((command, i) => {
    checkCommand(command, i, out);
    if (isObject(command)) {
      const key = `${String(command.type ?? 1)}:${String(command.name)}`;
      if (names.has(key)) out.push({ path: [i, 'name'], code: 'APPLICATION_COMMANDS_DUPLICATE_NAME', message: 'Application command names must be unique' });
      names.add(key);
      if (command.type === 3) messageCommands += 1;
    }
  });
  if (messageCommands > MAX_MESSAGE_COMMANDS)
    out.push({ path: [], code: 'APPLICATION_COMMANDS_TOO_MANY_MESSAGE', message: `Maximum number of message commands reached (${MAX_MESSAGE_COMMANDS})` });
  return out;
}

/** Discord's nested error object: `{ "0": { "options": { "1": { "description": { "_errors": [...] } } } } }`. */
export function invalidFormBody(problems: readonly DefinitionProblem[]) {
  const errors: Json = {};
  for (const p of problems) {
    let node = errors;
    for (const key of p.path) {
      node[String(key)] ??= {};
      node = node[String(key)] as Json;
    }
    node._errors ??= [];
    (node._errors as unknown[]).push({ code: p.code, message: p.message });
  }
  return { message: 'Invalid Form Body', code: 50035, errors };
}

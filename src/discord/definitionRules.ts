/**
 * Discord's rules for a command definition, checked before anything is sent
 * (and by the tests over every command file), because Discord rejects the
 * whole bulk registration for one bad option.
 */
import { CONTEXT_MENU_NAME, LIMITS, NAME_PATTERN, OptionType } from './limits.js';

interface OptionLike {
  name: string;
  description: string;
  type: number;
  required?: boolean;
  autocomplete?: boolean;
  choices?: readonly { name: string; value: string | number; name_localizations?: Record<string, string | null> | null }[];
  name_localizations?: Record<string, string | null> | null;
  description_localizations?: Record<string, string | null> | null;
}

interface DefinitionLike {
  name: string;
  description: string;
  options?: readonly OptionLike[];
  name_localizations?: Record<string, string | null> | null;
  description_localizations?: Record<string, string | null> | null;
}

function nameProblems(where: string, name: string): string[] {
  const out: string[] = [];
  if (!NAME_PATTERN.test(name)) out.push(`${where}: name "${name}" must be 1-32 letters, digits, - _ or '`);
  if (name !== name.toLowerCase()) out.push(`${where}: name "${name}" must be lower-case`);
  return out;
}

function descriptionProblems(where: string, description: string): string[] {
  return description.length < 1 || description.length > LIMITS.description
    ? [`${where}: description must be 1-${LIMITS.description} characters (has ${description.length})`]
    : [];
}

function localizationProblems(where: string, names?: Record<string, string | null> | null, descriptions?: Record<string, string | null> | null): string[] {
  const out: string[] = [];
  for (const [locale, name] of Object.entries(names ?? {})) if (name !== null) out.push(...nameProblems(`${where} (${locale})`, name));
  for (const [locale, d] of Object.entries(descriptions ?? {})) if (d !== null) out.push(...descriptionProblems(`${where} (${locale})`, d));
  return out;
}

/** Every way the definition breaks Discord's rules; empty when it is fine. */
export function definitionProblems(def: DefinitionLike): string[] {
  const at = `/${def.name}`;
  const out = [...nameProblems(at, def.name), ...descriptionProblems(at, def.description)];
  out.push(...localizationProblems(at, def.name_localizations, def.description_localizations));
  const options = def.options ?? [];
  if (options.length > LIMITS.options) out.push(`${at}: at most ${LIMITS.options} options (has ${options.length})`);
  const seen = new Set<string>();
  const seenLocalized = new Set<string>();
  let optionalSeen = false;
  for (const o of options) {
    const where = `${at} ${o.name}`;
    out.push(...nameProblems(where, o.name), ...descriptionProblems(where, o.description));
    out.push(...localizationProblems(where, o.name_localizations, o.description_localizations));
    if (seen.has(o.name)) out.push(`${where}: option name used twice`);
    seen.add(o.name);
    for (const [locale, name] of Object.entries(o.name_localizations ?? {})) {
      if (name === null) continue;
      if (seenLocalized.has(`${locale}:${name}`)) out.push(`${where} (${locale}): option name "${name}" used twice`);
      seenLocalized.add(`${locale}:${name}`);
    }
    if (o.required) {
      if (optionalSeen) out.push(`${where}: required options must come before optional ones`);
    } else optionalSeen = true;
    if (!Object.values(OptionType).includes(o.type as never)) out.push(`${where}: unknown option type ${o.type}`);
    if (o.choices && o.autocomplete) out.push(`${where}: autocomplete cannot be combined with choices`);
    if (o.choices) {
      if (o.choices.length > LIMITS.choices) out.push(`${where}: at most ${LIMITS.choices} choices`);
      for (const c of o.choices) {
        if (c.name.length < 1 || c.name.length > LIMITS.choiceName) out.push(`${where}: choice name "${c.name}" must be 1-${LIMITS.choiceName} characters`);
        for (const [locale, name] of Object.entries(c.name_localizations ?? {})) {
          if (name !== null && (name.length < 1 || name.length > LIMITS.choiceName))
            out.push(`${where} (${locale}): choice name "${name}" must be 1-${LIMITS.choiceName} characters`);
        }
        if (typeof c.value === 'string' && c.value.length > LIMITS.choiceValue) out.push(`${where}: choice value too long`);
      }
    }
  }
  return out;
}

interface MessageDefinitionLike {
  type: number;
  name: string;
  description?: unknown;
  options?: unknown;
  name_localizations?: Record<string, string | null> | null;
}

/** Every way a message command's definition breaks Discord's rules: a name of 1–32 characters, no description, no options. */
export function messageDefinitionProblems(def: MessageDefinitionLike): string[] {
  const at = `"${def.name}"`;
  const out: string[] = [];
  const nameOk = (name: string) => CONTEXT_MENU_NAME.test(name) && [...name].length <= 32;
  if (!nameOk(def.name)) out.push(`${at}: a message command's name must be 1-32 characters, not blank at either end`);
  for (const [locale, name] of Object.entries(def.name_localizations ?? {})) {
    if (name !== null && !nameOk(name)) out.push(`${at} (${locale}): name "${name}" must be 1-32 characters, not blank at either end`);
  }
  if (def.description !== undefined && def.description !== '') out.push(`${at}: a message command takes no description`);
  if (def.options !== undefined) out.push(`${at}: a message command takes no options`);
  return out;
}

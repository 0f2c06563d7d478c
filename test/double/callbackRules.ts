/**
 * Which interaction response (callback) types Discord takes for which kind of
 * interaction, written here from Discord's documentation
 * (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type)
 * independently of the bot's code: DEFERRED_UPDATE_MESSAGE (6) and
 * UPDATE_MESSAGE (7) are "only valid for component-based interactions";
 * autocomplete results (8) answer an autocomplete interaction, which has no
 * other answer (it cannot be deferred).
 */
import type { DefinitionProblem } from './commandRules.js';

/** Interaction types: 2 a command, 3 a component (button), 4 autocomplete. */
const TAKES: Record<number, readonly number[]> = {
  2: [4, 5],
  3: [4, 5, 6, 7],
  4: [8],
};

/** The response types the double knows how to play; Discord has a few more (9 modal, 10, 12) that the bot never sends. */
const KNOWN = [4, 5, 6, 7, 8];

export function callbackTypeProblems(interactionType: number, responseType: unknown): DefinitionProblem[] {
  if (typeof responseType !== 'number' || !KNOWN.includes(responseType)) {
    return [{ path: ['type'], code: 'BASE_TYPE_CHOICES', message: `Value must be one of (4, 5, 6, 7, 8, 9, 10, 12); got ${String(responseType)}` }];
  }
  if (!(TAKES[interactionType] ?? []).includes(responseType)) {
    return [
      {
        path: ['type'],
        code: 'INTERACTION_RESPONSE_TYPE_INVALID',
        message: `Response type ${responseType} is not valid for an interaction of type ${interactionType}`,
      },
    ];
  }
  return [];
}

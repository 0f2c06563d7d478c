/** The configuration the fuzzing runs with: the real data and commands, and no cooldown, so every case reaches its handler. */
import { loadConfig, type Config } from '../../src/config/env.js';

export function fuzzConfig(): Config {
  return loadConfig({ COOLDOWN_COMMANDS: '0' });
}

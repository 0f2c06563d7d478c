/** Snowflakes as Discord makes them: milliseconds since 2015 in the top bits, so discord.js reads the creation time from an id. */
const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** When a snowflake was made, in ms since 1970. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

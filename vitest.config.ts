import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Some tests start the bot as a separate process, as users do; those take a second or two each on a small machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});

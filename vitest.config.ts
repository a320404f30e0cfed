import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

export default defineConfig({
  plugins: [solid()],
  test: {
    include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    // Hang guards, not speed targets: on a loaded 2-core machine building the chat index alone can take a minute.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});

import { defineConfig } from 'vitest/config';

// End-to-end tests: Playwright (playwright-core) drives Debian's Chromium against the
// production build served on localhost. Run after `npm run build`.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});

import { defineConfig } from 'vitest/config';

// End-to-end: the built extension (.output/chrome-mv3) in real headless Chromium against HTTPS fixture pages
// served under the portals' real hostnames (tests/harness). One browser per file; files run one at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});

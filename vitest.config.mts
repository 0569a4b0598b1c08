import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright's *.spec.ts files under e2e/ are not unit tests.
    include: [
      'toolkit/src/**/__tests__/**/*.test.ts',
      'src/**/__tests__/**/*.test.{ts,tsx}',
      'scripts/**/__tests__/**/*.test.ts',
    ],
    environment: 'node',
  },
});

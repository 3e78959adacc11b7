import { configDefaults, defineConfig } from 'vitest/config';

// End-to-end tests: the real app on a port, driven in Debian's Chromium. One
// file at a time (each starts its own server and browser), with time to spare
// for a cold browser start on a slow machine.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    // Lighthouse's scores are for `npm run verify` (MEND_VERIFY=1) only: they
    // take minutes and depend on the machine, so `npm test` leaves the file out.
    exclude: [
      ...configDefaults.exclude,
      ...(process.env.MEND_VERIFY === '1' ? [] : ['e2e/lighthouse.e2e.test.ts']),
    ],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});

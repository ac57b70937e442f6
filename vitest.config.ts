import { defineConfig } from 'vitest/config';

// Unit tests need no model, no subprocess and no build: `npm run test:unit` runs them in seconds.
// Integration tests load the real model, run the built CLI and bot, and embed on worker threads
// (which run the built dist/ script): `npm test` builds first and runs both.
const UNIT = ['answer', 'core', 'corpus', 'discord', 'ingest', 'language', 'retrieve', 'store'];
const INTEGRATION = ['app', 'cli', 'e2e', 'embed', 'eval', 'faults'];

export default defineConfig({
  test: {
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT.map((folder) => `tests/${folder}/**/*.test.ts`) } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: INTEGRATION.map((folder) => `tests/${folder}/**/*.test.ts`),
          // The real model takes a few seconds to load on two cores.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

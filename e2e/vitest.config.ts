import { defineConfig } from 'vitest/config';
import { layerAliases } from '../scripts/aliases.mjs';

export default defineConfig({
  resolve: { alias: layerAliases() },
  test: {
    root: import.meta.dirname + '/..',
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The UI updates through API calls; on a loaded 2-core machine those take longer than poll's default second.
    expect: { poll: { timeout: 10_000 } },
  },
});

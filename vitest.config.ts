import { defineConfig } from 'vitest/config';
import { layerAliases } from './scripts/aliases.mjs';

export default defineConfig({
  resolve: { alias: layerAliases() },
  test: {
    include: ['electron/**/*.test.ts', 'db/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts', 'build/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Worker-thread imports and CLI runs take seconds when both cores are busy.
    testTimeout: 20_000,
  },
});

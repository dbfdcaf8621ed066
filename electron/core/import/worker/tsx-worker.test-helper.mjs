// Runs the worker from its TypeScript source, for tests that do not build first.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');

import { join } from 'node:path';
import * as electron from 'electron';
import { openLibraryCore } from '@core/compose.ts';
import { runDesktopApp } from './app.ts';

// Bundled to dist/electron/main.mjs: in development the project root is two folders up.
runDesktopApp(
  {
    resources: electron.app.isPackaged ? process.resourcesPath : join(import.meta.dirname, '..', '..'),
    packaged: electron.app.isPackaged,
    mainDir: import.meta.dirname,
    // Worker threads cannot start from inside app.asar, so packaging unpacks the worker.
    importWorkerScript: join(import.meta.dirname, '..', 'import-worker.mjs').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1'),
  },
  { electron, openLibraryCore, argv: process.argv, cwd: process.cwd(), env: process.env, platform: process.platform },
);

import { join } from 'node:path';
import * as electron from 'electron';
import { openLibrarySession } from '../services/library-session.ts';
import { runDesktopApp } from './app.ts';

// Bundled to dist/electron/main.mjs: in development the project root is two folders up.
runDesktopApp(
  {
    resources: electron.app.isPackaged ? process.resourcesPath : join(import.meta.dirname, '..', '..'),
    packaged: electron.app.isPackaged,
    mainDir: import.meta.dirname,
  },
  { electron, openLibrarySession, argv: process.argv, env: process.env },
);

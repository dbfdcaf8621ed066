// `npm run test:e2e` runs this first: the suites then launch the same browser it found.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { findChromium } from '@core/export/chromium.ts';
import { ensureTestBrowser } from './test-browser.ts';

function osRelease(): string | null {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return null;
  }
}

const outcome = ensureTestBrowser({
  find: () => {
    try {
      return findChromium();
    } catch {
      return null;
    }
  },
  platform: process.platform,
  isRoot: process.getuid?.() === 0,
  osRelease: osRelease(),
  run: (command, args) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0,
  say: (line) => process.stdout.write(line + '\n'),
});
if (!outcome.ok) {
  process.stderr.write(outcome.message + '\n');
  process.exit(1);
}

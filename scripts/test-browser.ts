/**
 * What `npm test` does before the e2e suites when it looks for a browser: take the one the
 * PDF export would find; where there is none on Debian or Ubuntu as root, install Debian's
 * Chromium with apt (as `playwright install --with-deps` installs dependencies), saying so;
 * elsewhere stop with one line naming what to install. Never a downloaded browser.
 */
export interface BrowserSetup {
  /** The browser's path, or null where none is installed. */
  find: () => string | null;
  platform: NodeJS.Platform;
  isRoot: boolean;
  /** The text of /etc/os-release, or null where there is none. */
  osRelease: string | null;
  /** Runs a command with its output shown; true when it succeeded. */
  run: (command: string, args: string[]) => boolean;
  say: (line: string) => void;
}

export type BrowserOutcome = { ok: true; path: string } | { ok: false; message: string };

export const aptPackages = ['chromium', 'fonts-noto-cjk'];

/** Debian, Ubuntu and the distributions built on them. */
export function isDebianLike(osRelease: string | null): boolean {
  if (!osRelease) return false;
  const field = (name: string): string[] => (new RegExp(`^${name}=(.*)$`, 'mu').exec(osRelease)?.[1] ?? '').replace(/["']/gu, '').split(/\s+/u);
  return [...field('ID'), ...field('ID_LIKE')].some((id) => id === 'debian' || id === 'ubuntu');
}

function whatToInstall(setup: BrowserSetup): string {
  const tail = 'or set CHROMIUM_PATH to a Chromium, Chrome or Edge.';
  if (setup.platform === 'linux' && isDebianLike(setup.osRelease)) return `No browser for the e2e tests: run \`sudo apt-get install ${aptPackages.join(' ')}\`, ${tail}`;
  if (setup.platform === 'linux') return `No browser for the e2e tests: install your distribution's Chromium and a Noto CJK font (Fedora: \`sudo dnf install chromium google-noto-sans-cjk-fonts\`), ${tail}`;
  if (setup.platform === 'darwin') return `No browser for the e2e tests: install Google Chrome (https://www.google.com/chrome/), ${tail}`;
  if (setup.platform === 'win32') return `No browser for the e2e tests: install Microsoft Edge or Google Chrome, ${tail}`;
  return `No browser for the e2e tests: install Chromium, ${tail}`;
}

export function ensureTestBrowser(setup: BrowserSetup): BrowserOutcome {
  const found = setup.find();
  if (found) return { ok: true, path: found };
  if (setup.platform !== 'linux' || !setup.isRoot || !isDebianLike(setup.osRelease)) return { ok: false, message: whatToInstall(setup) };
  setup.say(`No Chromium, Chrome or Edge found for the e2e tests: installing ${aptPackages.join(' ')} with apt-get…`);
  const installed =
    setup.run('apt-get', ['update']) && setup.run('apt-get', ['install', '-y', '--no-install-recommends', ...aptPackages]);
  const after = installed ? setup.find() : null;
  if (after) return { ok: true, path: after };
  return { ok: false, message: `apt-get could not install ${aptPackages.join(' ')}; install them, or set CHROMIUM_PATH to a Chromium, Chrome or Edge.` };
}

import { describe, expect, it } from 'vitest';
import { ensureTestBrowser, isDebianLike, type BrowserSetup } from './test-browser.ts';

const debian = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const ubuntu = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const mint = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const fedora = 'NAME="Fedora Linux"\nID=fedora\n';

/** A machine with no browser until apt-get installs one (when `aptWorks`). */
function machine(overrides: Partial<BrowserSetup> & { aptWorks?: boolean } = {}) {
  const commands: string[] = [];
  const said: string[] = [];
  let installed = false;
  const setup: BrowserSetup = {
    find: () => (installed ? '/usr/bin/chromium' : null),
    platform: 'linux',
    isRoot: true,
    osRelease: debian,
    run: (command, args) => {
      commands.push([command, ...args].join(' '));
      if (args[0] === 'install' && overrides.aptWorks !== false) installed = true;
      return overrides.aptWorks !== false;
    },
    say: (line) => said.push(line),
    ...overrides,
  };
  return { setup, commands, said };
}

describe('a browser for npm test', () => {
  it('takes the browser the finder finds and installs nothing', () => {
    const { setup, commands } = machine({ find: () => '/opt/chrome/chrome' });
    expect(ensureTestBrowser(setup)).toEqual({ ok: true, path: '/opt/chrome/chrome' });
    expect(commands).toEqual([]);
  });

  it('installs chromium fonts-noto-cjk with apt on Debian as root, saying so first', () => {
    const { setup, commands, said } = machine();
    expect(ensureTestBrowser(setup)).toEqual({ ok: true, path: '/usr/bin/chromium' });
    expect(commands).toEqual(['apt-get update', 'apt-get install -y --no-install-recommends chromium fonts-noto-cjk']);
    expect(said).toEqual([expect.stringContaining('installing chromium fonts-noto-cjk with apt-get')]);
  });

  it('does the same on Ubuntu and its derivatives', () => {
    for (const osRelease of [ubuntu, mint]) expect(ensureTestBrowser(machine({ osRelease }).setup).ok).toBe(true);
    expect(isDebianLike(fedora)).toBe(false);
    expect(isDebianLike(null)).toBe(false);
  });

  it('stops with one line naming what to install everywhere else', () => {
    const cases: [Partial<BrowserSetup>, RegExp][] = [
      [{ isRoot: false }, /sudo apt-get install chromium fonts-noto-cjk/u],
      [{ osRelease: fedora }, /sudo dnf install chromium/u],
      [{ platform: 'darwin', osRelease: null }, /install Google Chrome/u],
      [{ platform: 'win32', osRelease: null }, /install Microsoft Edge or Google Chrome/u],
    ];
    for (const [overrides, wanted] of cases) {
      const { setup, commands } = machine(overrides);
      const outcome = ensureTestBrowser(setup);
      expect(outcome.ok).toBe(false);
      const message = outcome.ok ? '' : outcome.message;
      expect(message).toMatch(wanted);
      expect(message).toContain('CHROMIUM_PATH');
      expect(message).not.toContain('\n');
      expect(commands).toEqual([]);
    }
  });

  it('says so in one line when apt-get fails', () => {
    const outcome = ensureTestBrowser(machine({ aptWorks: false }).setup);
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/^apt-get could not install chromium fonts-noto-cjk; [^\n]+$/u) });
  });
});

// When `npm start` cannot have the Electron runtime, the user still gets the app: the same
// program in the browser host, on the same library, opened in the system browser.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** How long `briefing serve` may take to print its address before `npm start` gives up. */
const startupMs = 120_000;

const urlPattern = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/;
const stackFrame = /^\s+at .+/;

/** The system's "open this URL" command where a person can see a browser, else null. */
export function browserOpener(platform = process.platform, env = process.env) {
  if (platform === 'darwin') return ['open', []];
  // `start`'s first quoted argument is a window title: an empty one, so the URL is what opens.
  if (platform === 'win32') return ['cmd', ['/c', 'start', '']];
  return env.DISPLAY || env.WAYLAND_DISPLAY ? ['xdg-open', []] : null;
}

function openBrowser(url) {
  const opener = browserOpener();
  if (!opener) return false;
  const [command, args] = opener;
  const child = spawn(command, [...args, url], { stdio: 'ignore', detached: true });
  // No opener installed is fine: the address is printed above.
  child.on('error', () => {});
  child.unref();
  return true;
}

/**
 * Runs `briefing serve` until the user stops it (Ctrl+C): says the desktop app could not
 * start and why, that this is the browser version of the same app and library, and where.
 * Resolves to the exit code; never hangs waiting for a server that does not come up.
 */
export function serveInBrowser(root, reason) {
  const child = spawn(process.execPath, [join(root, 'bin', 'briefing.mjs'), 'serve'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let announced = false;
  let output = '';
  const stop = () => child.kill('SIGTERM');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const timer = setTimeout(() => {
    if (!announced) {
      process.stderr.write(`研读的浏览器版本未能在 ${startupMs / 1000} 秒内启动。/ The browser version did not start within ${startupMs / 1000} s.\n`);
      stop();
    }
  }, startupMs);

  child.stdout.on('data', (chunk) => {
    if (announced) return;
    output += chunk.toString();
    const url = urlPattern.exec(output)?.[0];
    if (!url) return;
    announced = true;
    clearTimeout(timer);
    const opened = openBrowser(url);
    process.stdout.write(`
${reason.zh}
现在改为在浏览器中运行研读：这是同一个程序的浏览器版本，使用同一个资料库。${opened ? '已在浏览器中打开；' : ''}地址：
  ${url}
（仅限本机访问；按 Ctrl+C 停止）

${reason.en}
Briefing Reader now runs in your browser instead: this is the browser version of the same
app, on the same library.${opened ? ' It was opened in your browser;' : ''} Address:
  ${url}
(local access only; press Ctrl+C to stop)
`);
  });
  // The CLI's own messages are one line each; a stack trace, should there be one, stays out.
  child.stderr.on('data', (chunk) => {
    const lines = chunk.toString().split('\n').filter((line) => line.trim() && !stackFrame.test(line));
    if (lines.length) process.stderr.write(lines.join('\n') + '\n');
  });

  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      if (!announced) process.stderr.write(`${reason.zh}\n${reason.en}\n`);
      resolve(announced && (signal || code === 0) ? 0 : 1);
    });
  });
}

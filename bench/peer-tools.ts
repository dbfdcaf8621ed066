/** The command-line peers the bench compares against; it never installs them. */
import { spawn, spawnSync } from 'node:child_process';

/** Null when `command --version` runs; otherwise why the peer's figures are skipped. */
export function missingTool(command: string, debianPackage: string): string | null {
  const run = spawnSync(command, ['--version'], { stdio: 'ignore' });
  if (run.error) return `${command} not found on PATH (Debian package ${debianPackage}); the bench installs nothing`;
  return run.status === 0 ? null : `${command} --version exited with ${run.status}`;
}

/**
 * Runs commands as a shell pipeline would (each one's output into the next one's
 * input) without a shell, and resolves with the last one's output once all have exited.
 * `ok` lists the exit codes that are not failures (grep tools exit 1 when nothing matches).
 */
export function pipeline(commands: readonly (readonly string[])[], ok: readonly number[] = [0]): Promise<string> {
  return new Promise((resolve, reject) => {
    const children = commands.map(([command, ...args]) => spawn(command!, args, { stdio: ['pipe', 'pipe', 'pipe'] }));
    children.forEach((child, i) => {
      const next = children[i + 1];
      if (next) child.stdout.pipe(next.stdin);
      // A later stage may stop reading early; the earlier one's broken pipe is expected then.
      child.stdin.on('error', () => {});
    });
    children[0]!.stdin.end();
    let output = '';
    let errors = '';
    children.at(-1)!.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (const child of children) child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    let left = children.length;
    let failed: string | null = null;
    for (const [i, child] of children.entries()) {
      child.once('error', (err) => reject(err));
      child.once('close', (code) => {
        if (!ok.includes(code ?? -1)) failed ??= `${commands[i]!.join(' ')} exited with ${code}: ${errors.trim()}`;
        if (--left > 0) return;
        if (failed) reject(new Error(failed));
        else resolve(output);
      });
    }
  });
}

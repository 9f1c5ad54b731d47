/**
 * Serves the built app (dist/) with `vite preview` on a loopback port, as a child process of this
 * script (not through npx, which would leave a stray node process). Used by `npm run bench` and
 * `npm run lighthouse`; the caller stops it, and it is also killed when this process exits.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../build/content-files.ts';

export const DIST = join(PROJECT_ROOT, 'dist');

/** Is there a build to serve? */
export function hasBuild(): boolean {
  return existsSync(join(DIST, 'index.html'));
}

export interface PreviewServer {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  readonly origin: string;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startPreview(port: number, timeoutMs = 30_000): Promise<PreviewServer> {
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(
    join(PROJECT_ROOT, 'node_modules', '.bin', 'vite'),
    ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Keep the last output for an error message; reading it also keeps the pipes from filling up.
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const onSignal = (signal: NodeJS.Signals) => {
    child.kill('SIGTERM');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    if (exited) return;
    child.kill('SIGTERM');
    await Promise.race([exit, sleep(5000)]);
    if (!exited) {
      child.kill('SIGKILL');
      await exit;
    }
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) {
      await stop();
      throw new Error(`vite preview on port ${port} stopped: ${output.trim().split('\n').at(-1) ?? '(no output)'}`);
    }
    try {
      const response = await fetch(`${origin}/`);
      await response.arrayBuffer();
      if (response.ok) return { origin, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  await stop();
  throw new Error(`vite preview on port ${port} did not answer within ${timeoutMs / 1000} s`);
}

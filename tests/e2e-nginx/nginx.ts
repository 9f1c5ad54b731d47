/**
 * Starts and stops nginx with deploy/nginx.conf exactly as shipped, serving dist/ on a loopback
 * port. deploy/nginx.conf is the server-level part; the small main-level wrapper written here
 * gives it a listen address, a root, and pid, log and temp paths under its own temp folder, the
 * way deploy/README.md tells a host to do.
 */
import { execFileSync, execSync, spawn } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const SITE_CONFIG = join(ROOT, 'deploy', 'nginx.conf');
/** Not 4173 (npm start) nor 4391 (tests/e2e): the suites may run side by side. */
export const PORT = Number(process.env.NGINX_E2E_PORT ?? 4395);
export const ORIGIN = `http://127.0.0.1:${PORT}`;

/** What it takes to stop a running nginx again (plain data: it travels through an env variable). */
export interface RunningNginx {
  readonly origin: string;
  readonly prefix: string;
  readonly config: string;
  readonly pid: number;
}

/** One line, no stack: for conditions the person running the tests must fix. */
export function plainError(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

export function distMissing(): string | undefined {
  for (const file of ['index.html', 'sw.js', 'assets'])
    if (!existsSync(join(DIST, file))) return `dist/${file} is missing: build the app first with \`npx vite build\`.`;
  return undefined;
}

export function findNginx(): string | undefined {
  const candidates = [
    process.env.NGINX_BIN,
    ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'nginx')),
    '/usr/sbin/nginx',
  ];
  return candidates.find((candidate): candidate is string => Boolean(candidate) && existsSync(candidate!));
}

/** Debian's nginx, installed through apt when missing (as root only). */
export function ensureNginx(): string {
  const found = findNginx();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get'))
    throw plainError("nginx is missing: run 'sudo apt-get install -y nginx' (or set NGINX_BIN), then run this again.");
  console.log('[e2e-nginx] installing Debian nginx via apt-get');
  // `nginx` is the server itself on Debian 12 (nginx-light = nginx + the echo module); older releases
  // only have the flavoured packages. RUNLEVEL=1 keeps the package from starting its own daemon on
  // port 80 where no policy-rc.d prevents that.
  execSync(
    'apt-get update -qq && ' +
      'pkg=$(for p in nginx nginx-light; do apt-cache show "$p" >/dev/null 2>&1 && { echo "$p"; break; }; done) && ' +
      '[ -n "$pkg" ] && apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null',
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' },
      shell: '/bin/sh',
    },
  );
  const installed = findNginx();
  if (!installed) throw plainError('nginx is still missing after apt-get install: install it by hand (or set NGINX_BIN).');
  return installed;
}

export async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const quote = (path: string) => `"${path.replace(/(["\\])/g, '\\$1')}"`;

/** The main-level wrapper: everything host-specific, then deploy/nginx.conf unchanged. */
function wrapper(prefix: string, port: number, extraServerLines: readonly string[]): string {
  const at = (path: string) => quote(join(prefix, path));
  return [
    '# Written by tests/e2e-nginx/nginx.ts for one test run; see deploy/README.md.',
    'daemon off;',
    'master_process on;',
    'worker_processes 1;',
    // As root, workers would run as "nobody", who may not be able to reach dist/ (e.g. under /root).
    // Loopback test only; a real host keeps nginx's own unprivileged user.
    ...(process.getuid?.() === 0 ? ['user root root;'] : []),
    `pid ${at('nginx.pid')};`,
    `error_log ${at('logs/error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    `    access_log ${at('logs/access.log')};`,
    `    client_body_temp_path ${at('temp/client_body')};`,
    `    proxy_temp_path ${at('temp/proxy')};`,
    `    fastcgi_temp_path ${at('temp/fastcgi')};`,
    `    uwsgi_temp_path ${at('temp/uwsgi')};`,
    `    scgi_temp_path ${at('temp/scgi')};`,
    '    sendfile on;',
    '    server {',
    `        listen 127.0.0.1:${port};`,
    '        server_name 127.0.0.1;',
    `        root ${quote(DIST)};`,
    `        include ${quote(SITE_CONFIG)};`,
    ...extraServerLines.map((line) => `        ${line}`),
    '    }',
    '}',
    '',
  ].join('\n');
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readLog(prefix: string): string {
  return ['logs/stderr.log', 'logs/error.log']
    .map((file) => join(prefix, file))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * Start nginx in the foreground (daemon off) as a child of this process and wait until it answers.
 * `extraServerLines` go after the include, like a host's own lines (e.g. a frame-ancestors `set`).
 */
export async function startNginx(options: { port: number; extraServerLines?: readonly string[] }): Promise<RunningNginx> {
  const nginx = ensureNginx();
  const prefix = mkdtempSync(join(tmpdir(), 'wegwijzer-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  mkdirSync(join(prefix, 'temp'));
  const config = join(prefix, 'nginx.conf');
  writeFileSync(config, wrapper(prefix, options.port, options.extraServerLines ?? []));
  const origin = `http://127.0.0.1:${options.port}`;

  execFileSync(nginx, ['-q', '-t', '-e', join(prefix, 'logs/error.log'), '-p', prefix, '-c', config], { stdio: 'pipe' });
  const output = openSync(join(prefix, 'logs/stderr.log'), 'a');
  const child = spawn(nginx, ['-e', join(prefix, 'logs/error.log'), '-p', prefix, '-c', config], {
    stdio: ['ignore', output, output],
  });
  closeSync(output);
  child.unref();
  let exited = false;
  child.once('exit', () => (exited = true));

  for (let waited = 0; waited < 15_000; waited += 100) {
    if (exited) break;
    try {
      const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return { origin, prefix, config, pid: child.pid! };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  if (!exited && child.pid) child.kill('SIGTERM');
  throw new Error(`nginx did not start on ${origin}:\n${readLog(prefix)}`);
}

/** `nginx -s quit` with the same -c/-p, then wait; SIGTERM if it lingers. Keeps the logs if asked. */
export async function stopNginx(running: RunningNginx, keepLogsAs?: string): Promise<void> {
  const nginx = findNginx();
  try {
    if (nginx)
      execFileSync(nginx, ['-e', join(running.prefix, 'logs/error.log'), '-p', running.prefix, '-c', running.config, '-s', 'quit'], {
        stdio: 'pipe',
      });
  } catch {
    // pid file gone or already stopped: fall through to the pid
  }
  for (let waited = 0; isAlive(running.pid) && waited < 5_000; waited += 100) await sleep(100);
  if (isAlive(running.pid)) process.kill(running.pid, 'SIGTERM');
  if (keepLogsAs) {
    for (const log of ['access', 'error']) {
      const file = join(running.prefix, `logs/${log}.log`);
      if (existsSync(file)) copyFileSync(file, `${keepLogsAs}-${log}.log`);
    }
  }
  rmSync(running.prefix, { recursive: true, force: true });
}

/**
 * A second build of the app, made the way a release is made, for tests that "deploy" it while a
 * page is open: the sore-throat tree gets a new version, and a test may damage the result.
 */
import { execFileSync } from 'node:child_process';
import { test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type SwitchableServer } from './static-server.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const OLD_VERSION = JSON.parse(readFileSync(join(ROOT, 'decision-trees', 'keelpijn.json'), 'utf8')).version as string;
export const NEW_VERSION = '9.9.9';

/** Builds the release into `<work>/<name>/dist` and returns that folder. */
export function buildRelease(work: string, name: string): string {
  const copy = join(work, name);
  for (const item of ['web', 'decision-trees', 'i18n', 'content', 'public', 'vite.config.ts', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, item), join(copy, item), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  const treeFile = join(copy, 'decision-trees', 'keelpijn.json');
  writeFileSync(treeFile, readFileSync(treeFile, 'utf8').replace(`"version": "${OLD_VERSION}"`, `"version": "${NEW_VERSION}"`));
  execFileSync(join(copy, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'error'], { cwd: copy, stdio: 'inherit' });
  return join(copy, 'dist');
}

/** The built data file of a source (e.g. decision-trees/keelpijn.json), under its hashed name. */
export function builtDataFile(dist: string, source: string): string {
  const [folder, file] = [source.slice(0, source.lastIndexOf('/')), source.slice(source.lastIndexOf('/') + 1, -'.json'.length)];
  const name = readdirSync(join(dist, 'data', folder)).find((entry) => new RegExp(`^${file}\\.[0-9a-f]{16}\\.json$`).test(entry));
  if (!name) throw new Error(`no built file for ${source} in ${dist}`);
  return join(dist, 'data', folder, name);
}

/**
 * A server on `port` serving a copy of the current build, and a work folder for releases, set up
 * before the file's tests and removed after them. The tests share it: run them in order.
 */
export function deployment(port: number): { readonly work: string; readonly server: SwitchableServer; readonly current: string } {
  const state = {} as { work: string; server: SwitchableServer; current: string };
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    state.work = mkdtempSync(join(tmpdir(), 'wegwijzer-deploy-'));
    state.current = join(state.work, 'current');
    cpSync(join(ROOT, 'dist'), state.current, { recursive: true });
    state.server = await startServer(state.current, port);
  });
  test.afterAll(async () => {
    await state.server?.close();
    rmSync(state.work, { recursive: true, force: true });
  });
  return state;
}

/**
 * A second build of the app, made the way a release is made, for tests that "deploy" it while a
 * page is open: the sore-throat tree gets a new version, and a test may damage the result.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

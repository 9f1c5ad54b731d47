/**
 * npm run build — the Vite build, written beside dist/ and put in its place only when it
 * succeeded. A failed build (a broken tree, a type error in a plugin) leaves the last good dist/
 * exactly as it was: no half-written service worker that would send devices a broken release.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { PROJECT_ROOT } from '../build/content-files.ts';
import { readFlags } from './flags.ts';

readFlags('build', {}); // no flags: any argument is a mistake

const dist = join(PROJECT_ROOT, 'dist');
const next = join(PROJECT_ROOT, 'dist.next');
const old = join(PROJECT_ROOT, 'dist.old');

rmSync(next, { recursive: true, force: true });
try {
  await build({ configFile: join(PROJECT_ROOT, 'vite.config.ts'), build: { outDir: next, emptyOutDir: true } });
} catch (error) {
  rmSync(next, { recursive: true, force: true });
  console.error(`build: failed, dist/ is left as it was: ${(error as Error).message}`);
  process.exit(1);
}
rmSync(old, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });

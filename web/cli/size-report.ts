/**
 * npm run size — the gzipped size of every built asset in dist/, largest first, and the total.
 * Run after `npm run build`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../build/content-files.ts';

const dist = join(PROJECT_ROOT, 'dist');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

let all: string[];
try {
  all = files(dist);
} catch {
  console.error('size: no dist/ folder: run npm run build first');
  process.exit(2);
}
const rows = all
  .map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(dist, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);

const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
const width = Math.max(...rows.map((r) => r.file.length));
for (const row of rows) console.log(`${row.file.padEnd(width)}  ${kb(row.raw).padStart(10)}  ${kb(row.gzip).padStart(10)} gz`);
const total = rows.reduce((sum, r) => sum + r.gzip, 0);
console.log(`total: ${rows.length} files, ${kb(total)} gzipped`);

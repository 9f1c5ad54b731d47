/** The README's layout table names every folder of the app's code and of the repository, and nothing else. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../web/build/content-files.ts';

const TOP_LEVEL = ['decision-trees', 'content', 'i18n', 'tests', 'public', 'deploy'];

it('the README layout table matches the folders', () => {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const layout = readme.slice(readme.indexOf('## Layout'), readme.indexOf('\n## ', readme.indexOf('## Layout') + 1));
  const listed = [...layout.matchAll(/^\| `([^`]+)\/`/gm)].map((match) => match[1]);
  const webFolders = readdirSync(join(PROJECT_ROOT, 'web'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `web/${entry.name}`);
  expect([...listed].sort()).toEqual([...webFolders, ...TOP_LEVEL].sort());
});

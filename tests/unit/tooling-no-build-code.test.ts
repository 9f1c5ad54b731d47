/**
 * The build refuses to ship build-time code (web/build/no-build-code-plugin.ts): a chunk that
 * carries a module from web/checker/, web/build/ or web/cli/ fails it, naming chunk and module.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, resolveConfig, type Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../web/build/content-files.ts';
import { buildCodeIn, noBuildCodePlugin, type BundleLike } from '../../web/build/no-build-code-plugin.ts';

const at = (path: string) => join(PROJECT_ROOT, ...path.split('/'));

const fakeBundle: BundleLike = {
  'assets/app-1a2b.js': {
    type: 'chunk',
    modules: {
      [at('web/main.tsx')]: {},
      [at('web/ui/App.tsx')]: {},
      '\0virtual:content-manifest': {},
      [at('node_modules/preact/dist/preact.mjs')]: {},
    },
  },
  'assets/triage-3c4d.js': {
    type: 'chunk',
    modules: {
      [at('web/engine/session.ts')]: {},
      [at('web/checker/check-content.ts')]: {},
      [`${at('web/build/data-fetch.ts')}?worker`]: {},
    },
  },
  'assets/styles-5e6f.css': { type: 'asset' },
  'sw.js': { type: 'chunk', modules: { [at('web/sw.ts')]: {}, [at('web/cli/flags.ts')]: {} } },
};

describe('buildCodeIn', () => {
  it('finds nothing in a bundle of run-time code', () => {
    expect(buildCodeIn({ 'a.js': fakeBundle['assets/app-1a2b.js']!, 'b.css': { type: 'asset' } })).toEqual([]);
  });

  it('names each chunk and the build-time module it carries', () => {
    expect(buildCodeIn(fakeBundle)).toEqual([
      { chunk: 'assets/triage-3c4d.js', module: 'web/checker/check-content.ts' },
      { chunk: 'assets/triage-3c4d.js', module: 'web/build/data-fetch.ts' },
      { chunk: 'sw.js', module: 'web/cli/flags.ts' },
    ]);
  });

  it('does not mistake a look-alike folder for build-time code', () => {
    const bundle: BundleLike = {
      'x.js': {
        type: 'chunk',
        modules: { [at('web/builder/x.ts')]: {}, [at('node_modules/pkg/web/cli/x.js')]: {}, [at('web/ui/cli.ts')]: {} },
      },
    };
    expect(buildCodeIn(bundle)).toEqual([]);
  });
});

describe('noBuildCodePlugin', () => {
  /** Run the plugin's generateBundle hook on a bundle; the error it raised, if any. */
  function generate(bundle: BundleLike): string | undefined {
    const hook = noBuildCodePlugin().generateBundle as (this: unknown, options: unknown, bundle: BundleLike) => void;
    let raised: string | undefined;
    const context = {
      error: (message: string) => {
        raised = message;
        throw new Error(message);
      },
    };
    try {
      hook.call(context, {}, bundle);
    } catch {
      // raised holds the message
    }
    return raised;
  }

  it('lets a clean bundle through', () => {
    expect(generate({ 'a.js': fakeBundle['assets/app-1a2b.js']! })).toBeUndefined();
  });

  it('fails the build, with one line per chunk and module', () => {
    const message = generate(fakeBundle);
    expect(message).toMatch(/^build-time code in the bundle/);
    expect(message).toContain('chunk assets/triage-3c4d.js carries web/checker/check-content.ts');
    expect(message).toContain('chunk assets/triage-3c4d.js carries web/build/data-fetch.ts');
    expect(message).toContain('chunk sw.js carries web/cli/flags.ts');
  });
});

describe("the project's build", () => {
  it('runs the check (vite.config.ts registers the plugin for builds)', { timeout: 30000 }, async () => {
    const config = await resolveConfig({ configFile: at('vite.config.ts'), logLevel: 'silent' }, 'build');
    expect(config.plugins.map((plugin) => plugin.name)).toContain(noBuildCodePlugin().name);
  });
});

describe('in a real Vite build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'no-build-code-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Build one entry file with only this plugin; resolve with the build error's message, or undefined. */
  async function buildEntry(source: string, plugins: Plugin[] = [noBuildCodePlugin()]): Promise<string | undefined> {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, source);
    try {
      await build({
        configFile: false,
        root: dir,
        logLevel: 'silent',
        plugins,
        build: { write: false, rolldownOptions: { input: entry } },
      });
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  it('fails when the entry pulls in the checker, and passes without it', { timeout: 30000 }, async () => {
    const leak = await buildEntry(
      `import { urgencyWordingProblem } from ${JSON.stringify(at('web/checker/urgency-wording.ts'))};\n` +
        `console.log(urgencyWordingProblem('nl', 'U1', 'x'));\n`,
    );
    expect(leak).toMatch(/chunk assets\/entry-[\w-]+\.js carries web\/checker\/urgency-wording\.ts/);
    const clean = await buildEntry(
      `import { URGENCIES } from ${JSON.stringify(at('web/engine/tree-model.ts'))};\nconsole.log(URGENCIES);\n`,
    );
    expect(clean).toBeUndefined();
  });
});

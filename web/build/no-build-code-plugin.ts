/**
 * Vite plugin: nothing that only runs at build time or on the command line ends up in dist/. The
 * build fails, naming chunk and module, when a chunk carries a file from web/checker/, web/build/,
 * web/cli/ or web/review/ (ESLint forbids run-time code to import them; this catches what gets past it, e.g.
 * through a package or a path ESLint does not see).
 */
import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { PROJECT_ROOT } from './content-files.ts';

/** Folders of build-time code, relative to the project root. */
export const BUILD_TIME_FOLDERS = ['web/checker', 'web/build', 'web/cli', 'web/review'] as const;

/** What this check needs of a bundle: every output file, and for a chunk the ids of its modules. */
export type BundleLike = Readonly<Record<string, { readonly type: string; readonly modules?: Readonly<Record<string, unknown>> }>>;

export interface BuildCodeInChunk {
  /** The chunk's file name in dist/. */
  readonly chunk: string;
  /** The module, relative to the project root with forward slashes. */
  readonly module: string;
}

/** Every build-time module in every chunk of `bundle`. */
export function buildCodeIn(bundle: BundleLike, root = PROJECT_ROOT): BuildCodeInChunk[] {
  return Object.entries(bundle).flatMap(([fileName, output]) =>
    output.type !== 'chunk'
      ? []
      : Object.keys(output.modules ?? {})
          // Virtual modules start with \0; ids may carry a query (?raw, ?worker…).
          .map((id) => relative(root, id.replace(/^\0/, '').replace(/\?.*$/, '')).split(sep).join('/'))
          .filter((module) => BUILD_TIME_FOLDERS.some((folder) => module.startsWith(`${folder}/`)))
          .map((module) => ({ chunk: fileName, module })),
  );
}

export function noBuildCodePlugin(): Plugin {
  return {
    name: 'wegwijzer-no-build-code',
    apply: 'build',
    generateBundle(_options, bundle) {
      const found = buildCodeIn(bundle);
      if (found.length === 0) return;
      this.error(
        `build-time code in the bundle (${BUILD_TIME_FOLDERS.join(', ')} never ship):\n` +
          found.map(({ chunk, module }) => `  chunk ${chunk} carries ${module}`).join('\n'),
      );
    },
  };
}

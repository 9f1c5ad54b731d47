/**
 * Vite plugin: checks all content at build time (a build with a broken tree fails, naming file
 * and field) and provides `virtual:content-manifest`: each tree's id, version, kind, review
 * status and content hash, the shipped languages, and the hashes of the other data files.
 * Trees, texts and practice set-ups are written to dist/data/ under hashed names (served the
 * same way by the dev server) and fetched by the app per need, so no first chunk carries them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { dataUrl, settingSource, sourceOf, textsSource, treeSource } from '../content/data-addresses.ts';
import { checkContent } from '../checker/check-content.ts';
import { REQUEST_CHOICES } from '../app/entry-trees.ts';
import { REQUEST_PREFIX, type ComplaintEntry } from '../app/complaint-search.ts';
import { loadContent, PROJECT_ROOT, type LoadedContent } from './content-files.ts';

const ID = 'virtual:content-manifest';
const RESOLVED = `\0${ID}`;
/** The picker's search index: every complaint's title and lay words in every language (loaded per need). */
const INDEX_ID = 'virtual:complaint-index';
const INDEX_RESOLVED = `\0${INDEX_ID}`;

/** The first 16 hex digits of the SHA-256 of a file's bytes: its address, and the proof it is unchanged. */
const fileHash = (bytes: string) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

export function buildManifest(root = PROJECT_ROOT) {
  const content = loadContent(root);
  const problems = [...content.loadProblems, ...checkContent(content).problems];
  // Only what the app needs before a tree is loaded (each loaded tree carries the rest itself):
  // this list is on the first question's path, so it stays small.
  const trees = content.trees.map(({ tree }) => ({
    id: tree.id,
    kind: tree.kind,
    hash: content.planned.get(tree.id)!.hash,
    ...(tree.review.status === 'approved' ? { approved: true as const } : {}),
    ...(tree.preamble ? { preamble: tree.preamble } : {}),
  }));
  // Every data file is served as minified JSON under the digest of exactly those bytes, so the
  // browser and the service worker can prove a file is the one the build checked.
  const data = [
    ...trees.flatMap(({ id }) => [treeSource(id), ...content.languages.languages.map(({ code }) => textsSource(code, id))]),
    ...content.languages.languages.flatMap(({ code }) => [textsSource(code, 'common'), textsSource(code, 'content')]),
    ...[...content.practices.keys()].map((id) => settingSource('practices', id)),
    ...[...content.regions.keys()].map((id) => settingSource('regions', id)),
  ]
    .filter((source) => existsSync(join(root, source)))
    .map((source) => {
      // A tree is served as the checker parsed it (migrated to the current format), texts and set-ups as written.
      const checked = content.trees.find(({ file }) => file === source)?.tree;
      const bytes = checked ? JSON.stringify(checked) : JSON.stringify(JSON.parse(readFileSync(join(root, source), 'utf8')));
      return { source, bytes, hash: fileHash(bytes) };
    });
  const hashes = Object.fromEntries(data.map(({ source, hash }) => [source, hash]));
  const files = [
    ...content.trees.map((t) => t.file),
    ...Object.values(content.textFiles).flatMap((byNamespace) => Object.values(byNamespace)),
    'i18n/languages.json',
    'content/thuisarts-links.json',
    'content/apps.json',
    'content/deployment.json',
  ];
  const index = searchIndex(content);
  // Absent only where a load problem already refuses the build (a development server warns and goes on).
  const contentOwner = content.deployment?.contentOwner;
  return {
    manifest: { trees, languages: content.languages, hashes, ...(contentOwner ? { contentOwner } : {}) },
    index,
    problems,
    files,
    data,
  };
}

/** The search index: every complaint's and request's title and lay words in every language (the app loads it per need). */
export function searchIndex(content: LoadedContent): ComplaintEntry[] {
  const pickable = content.trees.filter(({ tree }) => tree.kind === 'complaint' || tree.kind === 'advice');
  const text = (namespace: string, key: string | undefined) =>
    Object.fromEntries(
      Object.entries(content.texts).map(([language, namespaces]) => [language, key ? (namespaces[namespace]?.[key] ?? '') : '']),
    );
  return [
    ...pickable.map(({ tree }) => ({
      id: tree.id,
      audience: tree.audience ?? [],
      ...(tree.sexes ? { sexes: tree.sexes } : {}),
      ...(tree.insteadFor ? { insteadFor: tree.insteadFor } : {}),
      bodyArea: tree.bodyArea ?? 'general',
      title: text(tree.id, tree.title),
      words: text(tree.id, tree.search),
    })),
    // The search also finds what people come to arrange ("herhaalrecept", "inloggen").
    ...REQUEST_CHOICES.map((choice) => ({
      id: `${REQUEST_PREFIX}${choice}`,
      audience: [],
      title: text('common', `requests.item.${choice}`),
      words: text('common', `requests.search.${choice}`),
    })),
  ];
}

export function contentPlugin(): Plugin {
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'wegwijzer-content',
    configResolved(config) {
      command = config.command;
    },
    resolveId(id) {
      if (id === ID) return RESOLVED;
      return id === INDEX_ID ? INDEX_RESOLVED : undefined;
    },
    configureServer(server) {
      // The dev server answers data addresses from the source files (the hash is not checked).
      server.middlewares.use((request, response, next) => {
        const source = sourceOf(new URL(request.url ?? '/', 'http://dev').pathname);
        if (!source || !existsSync(join(PROJECT_ROOT, source))) return next();
        response.setHeader('content-type', 'application/json');
        response.end(readFileSync(join(PROJECT_ROOT, source)));
      });
    },
    generateBundle() {
      for (const { source, hash, bytes } of buildManifest().data) {
        this.emitFile({ type: 'asset', fileName: dataUrl(source, hash).slice(1), source: bytes });
      }
    },
    load(id) {
      if (id === INDEX_RESOLVED) return `export const index = ${JSON.stringify(buildManifest().index)};`;
      if (id !== RESOLVED) return undefined;
      const { manifest, problems, files } = buildManifest();
      for (const file of files) this.addWatchFile(join(PROJECT_ROOT, file));
      if (problems.length > 0) {
        const report = problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n');
        if (command === 'build') this.error(`content problems (run npm run trees:check):\n${report}`);
        this.warn(`content problems:\n${report}`);
      }
      return `export const manifest = ${JSON.stringify(manifest)};`;
    },
  };
}

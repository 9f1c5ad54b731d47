/**
 * Reads and validates every content file from disk (Node only): trees, translations, Thuisarts
 * links, apps, practices, regions and the deployment's own settings. Used by the checker, the simulator and the build. A file that does not parse
 * is reported with its name and field and left out; the rest still loads.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type * as z from 'zod/mini';
import { AppsSchema, ThuisartsLinksSchema, type ThuisartsLinks } from '../content/content-schema.ts';
import { DeploymentSchema, type Deployment } from '../content/deployment-schema.ts';
import { PracticeSchema, RegionSchema, type Practice, type Region } from '../content/practice-schema.ts';
import { REVIEW_FINDINGS_FILE, ReviewFindingsSchema, RiskModuleSchema, TreeSpecSchema, type RiskModule } from '../checker/spec-schema.ts';
import { resolveKey, treeTextKeys } from '../engine/text-keys.ts';
import type { ContentSet, Problem, SpecFile, Texts } from '../checker/content-set.ts';
import { migrateTree, type Migrated } from '../engine/migrate-tree.ts';
import { validate } from '../engine/schema-errors.ts';
import type { PlannedTree } from '../engine/session.ts';
import { TreeSchema, type Tree } from '../engine/tree-schema.ts';
import { flattenLocale, LanguagesSchema, LocaleFileSchema, type Languages } from '../i18n/locale-schema.ts';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

export interface LoadedContent extends ContentSet {
  readonly languages: Languages;
  /** Tree id → tree and content hash. */
  readonly planned: ReadonlyMap<string, PlannedTree>;
  /** Problems found while reading and parsing (the checker adds its own). */
  readonly loadProblems: readonly Problem[];
  readonly practices: ReadonlyMap<string, Practice>;
  readonly regions: ReadonlyMap<string, Region>;
  /** The verified Thuisarts links by id (none when the file is invalid: then a load problem says so). */
  readonly thuisartsLinks: ThuisartsLinks['links'];
  /** Undefined when content/deployment.json is missing or invalid (then a load problem says so). */
  readonly deployment: Deployment | undefined;
}

function readJson<T>(
  root: string,
  file: string,
  schema: z.ZodMiniType<T>,
  problems: Problem[],
  migrate?: (raw: unknown) => Migrated,
): T | undefined {
  const name = relative(root, file);
  if (!existsSync(file)) {
    problems.push({ file: name, path: '$', message: 'file is missing' });
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file: name, path: '$', message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
  if (migrate) {
    const migrated = migrate(data);
    if (!migrated.ok) {
      problems.push({ file: name, path: '$.schemaVersion', message: migrated.error });
      return undefined;
    }
    data = migrated.data;
  }
  const result = validate(schema, data);
  if (result.ok) return result.data;
  for (const { path, message } of result.errors) problems.push({ file: name, path, message });
  return undefined;
}

/** The JSON files in a folder; a missing folder is a problem only where content must be. */
function jsonFiles(dir: string, required?: { root: string; problems: Problem[] }): string[] {
  if (!existsSync(dir)) {
    required?.problems.push({ file: relative(required.root, dir), path: '$', message: 'folder is missing' });
    return [];
  }
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/** Key order must not change the hash: sort keys at every level. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * The content hash of a tree: its structure and every text it shows, in every language: its own
 * namespace and the shared texts it borrows (answer labels, safety nets in common).
 */
export function contentHash(tree: Tree, texts: Texts): string {
  const borrowed = [...new Set(treeTextKeys(tree).filter((key) => key.includes(':')))].sort();
  const ownTexts = Object.fromEntries(
    Object.entries(texts).map(([language, namespaces]) => {
      const shared = Object.fromEntries(
        borrowed.map((key) => [key, namespaces[resolveKey(tree, key).ns]?.[resolveKey(tree, key).key] ?? null]),
      );
      return [language, { own: namespaces[tree.id] ?? {}, shared }];
    }),
  );
  const digest = createHash('sha256')
    .update(JSON.stringify(canonical({ tree, texts: ownTexts })))
    .digest('hex');
  return `sha256-${digest.slice(0, 16)}`;
}

export function loadContent(root = PROJECT_ROOT): LoadedContent {
  const problems: Problem[] = [];
  const trees: { file: string; tree: Tree }[] = [];
  for (const file of jsonFiles(join(root, 'decision-trees'), { root, problems })) {
    const tree = readJson(root, file, TreeSchema, problems, migrateTree);
    if (tree) trees.push({ file: relative(root, file), tree });
  }

  const specs: SpecFile[] = [];
  const findingsFile = join(root, 'decision-trees', 'specs', REVIEW_FINDINGS_FILE);
  for (const file of jsonFiles(join(root, 'decision-trees', 'specs'))) {
    // The review's findings sit beside the specs they point to, in a format of their own.
    if (file === findingsFile) readJson(root, file, ReviewFindingsSchema, problems);
    else {
      const spec = readJson(root, file, TreeSpecSchema, problems);
      if (spec) specs.push({ file: relative(root, file), spec });
    }
  }
  const modules: { file: string; module: RiskModule }[] = [];
  for (const file of jsonFiles(join(root, 'decision-trees', 'specs', 'modules'))) {
    const module = readJson(root, file, RiskModuleSchema, problems);
    if (module) modules.push({ file: relative(root, file), module });
  }

  const languages = readJson(root, join(root, 'i18n', 'languages.json'), LanguagesSchema, problems) ?? {
    source: 'nl',
    languages: [{ code: 'nl', name: 'Nederlands', dir: 'ltr' as const }],
  };
  const texts: Record<string, Record<string, Record<string, string>>> = {};
  const textFiles: Record<string, Record<string, string>> = {};
  for (const { code } of languages.languages) {
    texts[code] = {};
    textFiles[code] = {};
    const dir = join(root, 'i18n', code);
    const files = [
      ...jsonFiles(dir, { root, problems }).map((f) => [f, f.slice(dir.length + 1, -5)]),
      ...jsonFiles(join(dir, 'trees'), { root, problems }).map((f) => [f, f.slice(dir.length + 7, -5)]),
    ];
    for (const [file, ns] of files as [string, string][]) {
      textFiles[code][ns] = relative(root, file);
      const parsed = readJson(root, file, LocaleFileSchema, problems);
      if (parsed) texts[code][ns] = flattenLocale(parsed);
    }
  }

  const thuisarts = readJson(root, join(root, 'content', 'thuisarts-links.json'), ThuisartsLinksSchema, problems);
  const apps = readJson(root, join(root, 'content', 'apps.json'), AppsSchema, problems);
  const deployment = readJson(root, join(root, 'content', 'deployment.json'), DeploymentSchema, problems);
  const planned = new Map(trees.map(({ tree }) => [tree.id, { tree, hash: contentHash(tree, texts) }]));
  const appIds = new Set(Object.keys(apps?.apps ?? {}));
  const { practices, regions } = loadPractices(root, appIds, problems);
  return {
    trees,
    texts,
    textFiles,
    sourceLanguage: languages.source,
    languages,
    thuisartsIds: new Set(Object.keys(thuisarts?.links ?? {})),
    thuisartsLinks: thuisarts?.links ?? {},
    appIds,
    specs,
    modules,
    planned,
    loadProblems: problems,
    practices,
    regions,
    deployment,
  };
}

/** Practices and regions, each checked on its own and against each other. */
function loadPractices(root: string, appIds: ReadonlySet<string>, problems: Problem[]) {
  const regions = new Map<string, Region>();
  for (const file of jsonFiles(join(root, 'content', 'regions'))) {
    const region = readJson(root, file, RegionSchema, problems);
    if (!region) continue;
    if (!file.endsWith(`/${region.id}.json`))
      problems.push({ file: relative(root, file), path: '$.id', message: `id "${region.id}" must match the file name` });
    regions.set(region.id, region);
  }
  const practices = new Map<string, Practice>();
  for (const file of jsonFiles(join(root, 'content', 'practices'))) {
    const practice = readJson(root, file, PracticeSchema, problems);
    if (!practice) continue;
    const name = relative(root, file);
    const before = problems.length;
    if (!file.endsWith(`/${practice.id}.json`))
      problems.push({ file: name, path: '$.id', message: `id "${practice.id}" must match the file name` });
    if (!regions.has(practice.region))
      problems.push({ file: name, path: '$.region', message: `unknown region "${practice.region}" (see content/regions/)` });
    practice.apps.forEach(
      (app, i) =>
        appIds.has(app) || problems.push({ file: name, path: `$.apps[${i}]`, message: `unknown app "${app}" (see content/apps.json)` }),
    );
    if (practice.repeatPrescription.via === 'portal' && !practice.eConsult) {
      problems.push({
        file: name,
        path: '$.repeatPrescription.via',
        message: 'a practice without a portal (eConsult) cannot take repeat prescriptions through it',
      });
    }
    if (problems.length === before) practices.set(practice.id, practice);
  }
  return { practices, regions };
}

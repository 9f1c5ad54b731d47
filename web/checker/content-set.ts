/**
 * What the checker's rules work on and report, shared by all of them (check-content.ts,
 * check-texts.ts, check-specs.ts) so that none of the rule modules needs another for its types.
 */
import type { Tree } from '../engine/tree-schema.ts';
import type { RiskModule, TreeSpec } from './spec-schema.ts';

export interface Problem {
  readonly file: string;
  /** A JSON path inside the file, e.g. $.nodes.q1.next.otherwise. */
  readonly path: string;
  readonly message: string;
}

/** Flattened texts: language → namespace → key → text. */
export type Texts = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>>>;

export interface SpecFile {
  readonly file: string;
  readonly spec: TreeSpec;
}

export interface ModuleFile {
  readonly file: string;
  readonly module: RiskModule;
}

export interface ContentSet {
  readonly trees: readonly { readonly file: string; readonly tree: Tree }[];
  readonly texts: Texts;
  /** language → namespace → file, to name the file a missing key belongs in. */
  readonly textFiles: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The language every other one is compared with. */
  readonly sourceLanguage: string;
  readonly thuisartsIds: ReadonlySet<string>;
  readonly appIds: ReadonlySet<string>;
  /** Clinical specs (decision-trees/specs/). */
  readonly specs: readonly SpecFile[];
  /** Shared risk modules (decision-trees/specs/modules/). */
  readonly modules: readonly ModuleFile[];
}

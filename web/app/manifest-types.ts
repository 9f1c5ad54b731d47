import type { Languages } from '../i18n/locale-schema.ts';
import type { Tree } from '../engine/tree-schema.ts';

/** What the build tells the app about its content (see web/build/content-plugin.ts). */
export interface TreeManifest {
  readonly trees: readonly {
    readonly id: string;
    readonly version: string;
    readonly kind: Tree['kind'];
    readonly title: string;
    readonly review: Tree['review'];
    readonly hash: string;
    /** The shared screens this tree runs first, so they can be fetched alongside it. */
    readonly preamble?: readonly string[];
  }[];
  readonly languages: Languages;
  /** The content hash of every other data file (shared texts, practices, regions), by source path. */
  readonly hashes: Readonly<Record<string, string>>;
}

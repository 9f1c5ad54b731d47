import type { ContentOwner } from '../content/deployment-schema.ts';
import type { Languages } from '../i18n/locale-schema.ts';
import type { Tree } from '../engine/tree-schema.ts';

/** What the build tells the app about its content (see web/build/content-plugin.ts). */
export interface TreeManifest {
  readonly trees: readonly {
    readonly id: string;
    readonly kind: Tree['kind'];
    /** The content hash of the tree and all its texts: the version a session pins and an outcome shows. */
    readonly hash: string;
    /** Present when a clinician approved this version (the tree itself says who and when). */
    readonly approved?: true;
    /** The shared screens this tree runs first, so they can be fetched alongside it. */
    readonly preamble?: readonly string[];
  }[];
  readonly languages: Languages;
  /** Every data file's address hash (the digest of its served bytes), by source path. */
  readonly hashes: Readonly<Record<string, string>>;
  /** Who answers for the content (content/deployment.json); a build without it fails, a development server may lack it. */
  readonly contentOwner?: ContentOwner;
}

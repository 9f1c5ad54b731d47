/** What the build says about the content: the trees with versions and hashes, and the languages. */
import { manifest } from 'virtual:content-manifest';

export const treeManifest = manifest.trees;
export const languages = manifest.languages;

declare module 'virtual:content-manifest' {
  import type { TreeManifest } from './app/manifest-types.ts';
  export const manifest: TreeManifest;
}

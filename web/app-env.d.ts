declare module 'virtual:content-manifest' {
  export const manifest: import('./app/manifest-types.ts').TreeManifest;
}

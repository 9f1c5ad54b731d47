declare module 'virtual:content-manifest' {
  export const manifest: import('./app/manifest-types.ts').TreeManifest;
}
declare module 'virtual:complaint-index' {
  export const index: import('./app/complaint-search.ts').ComplaintEntry[];
}

// The hyphen package ships no types; the checker uses only its synchronous hyphenator.
declare module 'hyphen/nl/index.js' {
  const patterns: import('./reading-ease.ts').Hyphenator;
  export default patterns;
}
declare module 'hyphen/en/index.js' {
  const patterns: import('./reading-ease.ts').Hyphenator;
  export default patterns;
}

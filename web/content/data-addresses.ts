/**
 * Where content files are served: under /data/, at their source path with a content hash in the
 * name (decision-trees/keelpijn.json → /data/decision-trees/keelpijn.<hash>.json). A changed file
 * gets a new address, so a cached copy is never stale, and the app fetches them as data, per need.
 * Shared by the build (which writes them), the dev server, the tests and the app.
 */
const HASH = /^(?:sha256-)?([0-9a-f]{16})$/;

export function dataUrl(source: string, hash: string): string {
  const hex = HASH.exec(hash)?.[1];
  if (!hex || !/^[a-z0-9/-]+\.json$/.test(source)) throw new Error(`no data address for ${source} (${hash})`);
  return `/data/${source.slice(0, -'.json'.length)}.${hex}.json`;
}

/** The digest a data address promises for its bytes (16 hex digits), or undefined for any other path. */
export function promisedDigest(pathname: string): string | undefined {
  return /^\/data\/(?:[a-z0-9-]+\/)*[a-z0-9-]+\.([0-9a-f]{16})\.json$/.exec(pathname)?.[1];
}

/**
 * The first 16 hex digits of the SHA-256 of a data file's text (UTF-8), as the build names it.
 * crypto.subtle exists only in a secure context (https, localhost), where a release runs;
 * elsewhere (a development server on a LAN address) this answers undefined and nothing is proven.
 */
export async function digestOf(text: string): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...hash.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The source file behind a data address, or undefined for any other path. */
export function sourceOf(pathname: string): string | undefined {
  const match = /^\/data\/((?:[a-z0-9-]+\/)*[a-z0-9-]+)\.[0-9a-f]{16}\.json$/.exec(pathname);
  return match ? `${match[1]}.json` : undefined;
}

/** A tree's texts change its content hash, so they share its address hash. */
export const treeSource = (id: string) => `decision-trees/${id}.json`;
/** Namespaces of the app itself (a tree may not take these ids); every other one is a tree's. */
export const APP_NAMESPACES = ['common', 'content'] as const;
export const textsSource = (language: string, ns: string) =>
  (APP_NAMESPACES as readonly string[]).includes(ns) ? `i18n/${language}/${ns}.json` : `i18n/${language}/trees/${ns}.json`;
export const settingSource = (folder: 'practices' | 'regions', id: string) => `content/${folder}/${id}.json`;

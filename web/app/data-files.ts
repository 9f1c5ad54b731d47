/**
 * Fetches content files (trees, texts, practice set-ups) from their hashed data addresses. Every
 * failure names the source file, so an error page or a log says which file was at fault.
 */
import { manifest } from 'virtual:content-manifest';
import { dataUrl } from '../content/data-addresses.ts';
import { treeEntry } from './manifest.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

/** A tree's own file and its texts are addressed by the tree's content hash; other files by their own. */
export async function fetchData(source: string, treeId?: string): Promise<unknown> {
  const hash = treeId ? treeEntry(treeId)?.hash : manifest.hashes[source];
  if (!hash) throw new ContentError(`${source}: not in this build`);
  let response: Response;
  try {
    response = await fetch(dataUrl(source, hash));
  } catch {
    throw new ContentError(`${source}: could not be fetched (offline?)`);
  }
  if (!response.ok) throw new ContentError(`${source}: the server answered ${response.status}`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new ContentError(`${source}: not valid JSON`);
  }
}

/** The verified Thuisarts links by id (content/thuisarts-links.json), whose addresses the packs print. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ThuisartsLinksSchema, type ThuisartsLinks } from '../content/content-schema.ts';
import { validate } from '../engine/schema-errors.ts';

/** The links, or none when the file does not parse (loadContent has reported it then). */
export function readThuisartsLinks(root: string): ThuisartsLinks['links'] {
  const parsed = validate(ThuisartsLinksSchema, JSON.parse(readFileSync(join(root, 'content', 'thuisarts-links.json'), 'utf8')));
  return parsed.ok ? parsed.data.links : {};
}

import { ThuisartsLinksSchema } from '../content/content-schema.ts';
import links from '../../content/thuisarts-links.json';

/** The verified Thuisarts links, checked at load like every other content file. */
const parsed = ThuisartsLinksSchema.safeParse(links);
if (!parsed.success) console.error('content/thuisarts-links.json is invalid; Thuisarts links are left out');

export function thuisartsLink(id: string): { url: string; language: 'nl' | 'en' } | undefined {
  return parsed.success ? parsed.data.links[id] : undefined;
}

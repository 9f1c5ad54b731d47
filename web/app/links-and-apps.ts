/** Content that is data (Thuisarts links, apps), checked at load like every other content file. */
import { AppsSchema, ThuisartsLinksSchema } from '../content/content-schema.ts';
import apps from '../../content/apps.json';
import links from '../../content/thuisarts-links.json';

const parsedLinks = ThuisartsLinksSchema.safeParse(links);
if (!parsedLinks.success) console.error('content/thuisarts-links.json is invalid; Thuisarts links are left out');
const parsedApps = AppsSchema.safeParse(apps);
if (!parsedApps.success) console.error('content/apps.json is invalid; app names are left out');

export function thuisartsLink(id: string): { url: string; language: 'nl' | 'en' } | undefined {
  return parsedLinks.success ? parsedLinks.data.links[id] : undefined;
}

/** An app's own product name (not translated). */
export function appName(id: string): string | undefined {
  return parsedApps.success ? parsedApps.data.apps[id]?.name : undefined;
}

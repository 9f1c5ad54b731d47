/** The languages the build ships (from the content manifest). */
import { manifest } from 'virtual:content-manifest';

export const languages = manifest.languages;

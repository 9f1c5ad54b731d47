/** Content that is data, not text: verified Thuisarts links and the apps on prescription. */
import * as z from 'zod/mini';

const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by "-"'));

export const ThuisartsLinksSchema = z.strictObject({
  $comment: z.optional(z.string()),
  links: z.record(
    id,
    z.strictObject({
      /** Only slugs seen in Thuisarts' own sitemap (../shared/thuisarts-links.md): never guessed. */
      url: z
        .string()
        .check(z.regex(/^https:\/\/www\.thuisarts\.nl\/[a-z0-9/-]+(%[0-9A-F]{2}[a-z0-9/-]*)*$/, 'a https://www.thuisarts.nl/ page')),
      language: z.enum(['nl', 'en']),
    }),
  ),
});
export type ThuisartsLinks = z.infer<typeof ThuisartsLinksSchema>;

export const AppsSchema = z.strictObject({
  $comment: z.optional(z.string()),
  apps: z.record(
    id,
    z.strictObject({
      /** The app's own product name; not translated. */
      name: z.string().check(z.minLength(1)),
    }),
  ),
});
export type Apps = z.infer<typeof AppsSchema>;

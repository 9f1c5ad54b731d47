/** The shape of every translation file and of the list of shipped languages. */
import * as z from 'zod/mini';

/** Nested objects of non-empty strings; nesting follows the dots of a key. */
export interface LocaleTree {
  [key: string]: string | LocaleTree;
}
export const LocaleFileSchema: z.ZodMiniType<LocaleTree> = z.record(
  z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, 'a key part (letters, digits, _ and -)')),
  z.union([z.string().check(z.minLength(1)), z.lazy(() => LocaleFileSchema)]),
);

export const LanguageSchema = z.strictObject({
  code: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/, 'a BCP 47 language tag')),
  /** The language's own name for itself, shown in the language menu. */
  name: z.string().check(z.minLength(1)),
  dir: z.enum(['ltr', 'rtl']),
});
export const LanguagesSchema = z.strictObject({
  source: z.string(),
  languages: z.array(LanguageSchema).check(z.minLength(1)),
});
export type Language = z.infer<typeof LanguageSchema>;
export type Languages = z.infer<typeof LanguagesSchema>;

export function flattenLocale(tree: LocaleTree, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat[full] = value;
    else Object.assign(flat, flattenLocale(value, full));
  }
  return flat;
}

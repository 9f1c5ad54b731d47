import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { TFunction } from '../../i18n/i18n.ts';
import type { Language } from '../../i18n/locale-schema.ts';

export interface I18nValue {
  readonly t: TFunction;
  readonly language: Language;
  readonly languages: readonly Language[];
  /** "staff" shows practice staff the worksheet wording of a tree (i18next context). */
  readonly voice: 'staff' | undefined;
  setLanguage(language: Language): void;
}

export const I18nContext = createContext<I18nValue | null>(null);

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nContext');
  return value;
}

/** Translate a tree's text key in that tree's namespace and in the chosen voice. */
export function useTreeText(treeId: string): (key: string, options?: Record<string, unknown>) => string {
  const { t, voice } = useI18n();
  return (key, options = {}) => t(key, { ns: treeId, context: voice, ...options }) as string;
}

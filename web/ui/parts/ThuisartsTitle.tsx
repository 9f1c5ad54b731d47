import { languages } from '../../app/manifest.ts';
import { useI18n } from './i18n-context.tsx';

/** "Choosing a GP (Engelstalig)": the page's own title, then a note in brackets. */
const OWN_TITLE_AND_NOTE = /^(.*?)( \([^)]*\))?$/;

/**
 * The name of a Thuisarts page. In the texts' source language (Dutch) a name is the page's own
 * title, as Thuisarts has it, with a note in brackets for a page in another language ("Choosing a
 * GP (Engelstalig)"): that title is marked as the page's language, so a screen reader says it in
 * that language (WCAG 2.2, 3.1.2). A translation names every page in its own words: nothing to mark.
 */
export function ThuisartsTitle({ name, pageLanguage }: { name: string; pageLanguage: string }) {
  const { language } = useI18n();
  const own = language.code === languages.source && pageLanguage !== language.code ? OWN_TITLE_AND_NOTE.exec(name) : null;
  if (!own) return <>{name}</>;
  return (
    <>
      <span lang={pageLanguage}>{own[1]}</span>
      {own[2]}
    </>
  );
}

import { createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';

let firstPage = true;

/**
 * The document title of the pages inside, when it must not be their heading: a triage step is
 * "Vraag 3 – Wegwijzer", so that a history or a tab list shows no question, outcome or
 * complaint (and each step still has a title of its own).
 */
export const PageTitleContext = createContext<{ readonly title: string; readonly errorTitle: string } | undefined>(undefined);

/**
 * Every page calls this once: it sets the document title (its heading, unless PageTitleContext
 * gives one) and moves focus to the page's h1, so a screen reader announces the new question.
 * The very first page keeps the browser's focus.
 */
export function usePageFocus(heading: string, pageKey: string, hasError = false) {
  const ref = useRef<HTMLHeadingElement>(null);
  const fixed = useContext(PageTitleContext);
  const title = fixed ? (hasError ? fixed.errorTitle : fixed.title) : heading;
  // Read when the page changes, not a reason to move focus by itself: the error summary has it then.
  const errorShown = useRef(hasError);
  errorShown.current = hasError;
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    if (!errorShown.current) ref.current?.focus();
  }, [pageKey]);
  return ref;
}

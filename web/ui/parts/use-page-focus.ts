import { useEffect, useRef } from 'preact/hooks';

let firstPage = true;

/**
 * Every page calls this once: it sets the document title and moves focus to the page's h1, so
 * a screen reader announces the new question. The very first page keeps the browser's focus.
 */
export function usePageFocus(heading: string, pageKey: string, hasError = false) {
  const ref = useRef<HTMLHeadingElement>(null);
  // Read when the page changes, not a reason to move focus by itself: the error summary has it then.
  const errorShown = useRef(hasError);
  errorShown.current = hasError;
  useEffect(() => {
    document.title = heading;
  }, [heading]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    if (!errorShown.current) ref.current?.focus();
  }, [pageKey]);
  return ref;
}

import { useEffect, useRef } from 'preact/hooks';

let firstPage = true;

/**
 * Every page calls this once: it sets the document title and moves focus to the page's h1, so
 * a screen reader announces the new question. The very first page keeps the browser's focus.
 */
export function usePageFocus(heading: string, pageKey: string, hasError = false) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = heading;
  }, [heading]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    if (!hasError) ref.current?.focus();
  }, [pageKey]); // deps: focus moves per page, not per render
  return ref;
}

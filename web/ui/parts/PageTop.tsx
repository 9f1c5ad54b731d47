import { useEffect, useState } from 'preact/hooks';
import { useI18n } from './i18n-context.tsx';
import { Link } from './navigation-context.tsx';
import type { OnScreen } from './reading-order.ts';

type ReadAloudPart = typeof import('./ReadAloud.tsx').ReadAloud;

/** "Lees voor"'s code, fetched once by the first page that can use it. */
let readAloudCode: Promise<ReadAloudPart> | undefined;

/**
 * "Lees voor", once its code is here. Only a browser that can speak fetches it, after render: the
 * first question loads no more than it did without it. A failed fetch (offline before the app
 * was cached) leaves the button away, and the next page tries again.
 */
function useReadAloud(): ReadAloudPart | undefined {
  const [part, setPart] = useState<ReadAloudPart>();
  useEffect(() => {
    if (!('speechSynthesis' in globalThis)) return;
    let shown = true;
    readAloudCode ??= import('./ReadAloud.tsx').then((module) => module.ReadAloud);
    readAloudCode.then(
      (loaded) => shown && setPart(() => loaded),
      () => (readAloudCode = undefined),
    );
    return () => {
      shown = false;
    };
  }, []);
  return part;
}

/**
 * The row above a question's, info screen's or outcome's heading: the back link, and "Lees voor"
 * for what is on `screen`. The row is a target high whether or not the device can read aloud
 * (styles.css), so the button, which appears only once a voice is found after render, moves
 * nothing on the page.
 */
export function PageTop({ backHref, screen }: { backHref: string | undefined; screen: OnScreen }) {
  const { t } = useI18n();
  const ReadAloud = useReadAloud();
  return (
    <div class="page-top">
      {backHref && (
        <Link class="back-link" href={backHref}>
          {t('nav.back')}
        </Link>
      )}
      {ReadAloud && <ReadAloud screen={screen} />}
    </div>
  );
}

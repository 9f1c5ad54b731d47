import type { Current } from '../../engine/session.ts';
import { useI18n, useTreeText } from '../parts/i18n-context.tsx';
import { RichText } from '../parts/RichText.tsx';
import { usePageFocus } from '../parts/use-page-focus.ts';
import { PageTop } from '../parts/PageTop.tsx';

type InfoStep = Extract<Current, { kind: 'info' }>;

/** A screen of explanation between questions, with one button to go on. */
export function InfoPage(props: { step: InfoStep; pageKey: string; backHref: string | undefined; onContinue(): void }) {
  const { t } = useI18n();
  const tt = useTreeText(props.step.tree.tree.id);
  const title = tt(props.step.node.title);
  const text = tt(props.step.node.text);
  const heading = usePageFocus(title, props.pageKey);
  return (
    <>
      <PageTop backHref={props.backHref} screen={{ kind: 'info', title, text }} />
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <RichText text={text} />
      <button class="button" type="button" onClick={props.onContinue}>
        {t('nav.continue')}
      </button>
    </>
  );
}

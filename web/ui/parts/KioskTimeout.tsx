import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { leaveForFreshDocument } from '../../app/device-mode.ts';
import { clearSession } from '../../app/session-store.ts';
import type { Language } from '../../i18n/locale-schema.ts';
import { AppStatusContext } from './app-status.tsx';
import { useI18n } from './i18n-context.tsx';
import { useLocation } from './navigation-context.tsx';

/** Quiet this long, and the screen asks whether someone is still there. */
export const IDLE_MS = 90_000;
/** Then this long to answer before it starts over for the next person. */
export const WARNING_MS = 30_000;

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'scroll'] as const;

/**
 * The waiting-room screen resets itself between people (HMRC timeout-dialog pattern): after a
 * quiet spell a dialog with a visible countdown asks "Ben je er nog?"; without an answer every
 * answer is wiped and a fresh document loads the start screen in the screen's own language, in
 * place of this one (the kiosk runs in memory, so the browser's history holds no step). A
 * waiting update is applied between people, since nobody is mid-triage then.
 */
export function KioskTimeout({ initialLanguage }: { initialLanguage: Language }) {
  const { t, language } = useI18n();
  const { worker, bridge } = useContext(AppStatusContext);
  const location = useLocation();
  const [deadline, setDeadline] = useState<number | undefined>();
  const [now, setNow] = useState(() => Date.now());
  const button = useRef<HTMLButtonElement>(null);
  // Only a used screen needs resetting: an untouched start screen may stay as it is.
  const used = location.path !== '/' || language.code !== initialLanguage.code;

  const leaving = useRef(false);
  const reset = () => {
    if (leaving.current) return; // once: the countdown may tick again before the fresh document is there
    leaving.current = true;
    setDeadline(undefined);
    clearSession();
    const practice = location.query.get('practice');
    const query = new URLSearchParams({ lang: initialLanguage.code, mode: 'kiosk', ...(practice ? { practice } : {}) });
    void leaveForFreshDocument(`/?${query.toString()}`, t('app.name'));
  };

  // The countdown calls the latest reset (it reads the current address), without restarting each second.
  const latestReset = useRef(reset);
  latestReset.current = reset;

  // Between people is when a waiting update may be applied.
  useEffect(() => {
    if (!used && worker === 'update-available') bridge?.applyUpdate();
  }, [used, worker, bridge]);

  useEffect(() => {
    if (!used || deadline !== undefined) return;
    // The count starts at the moment the dialog opens: `now` dates from the last redraw, long before.
    const warn = () => {
      const opened = Date.now();
      setNow(opened);
      setDeadline(opened + WARNING_MS);
    };
    let idle = setTimeout(warn, IDLE_MS);
    const restart = () => {
      clearTimeout(idle);
      idle = setTimeout(warn, IDLE_MS);
    };
    ACTIVITY.forEach((type) => window.addEventListener(type, restart, { passive: true }));
    return () => {
      clearTimeout(idle);
      ACTIVITY.forEach((type) => window.removeEventListener(type, restart));
    };
  }, [used, deadline]);

  useEffect(() => {
    if (deadline === undefined) return;
    button.current?.focus();
    const tick = setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= deadline) latestReset.current();
    }, 1000);
    return () => clearInterval(tick);
  }, [deadline]);

  if (deadline === undefined) return null;
  const seconds = Math.max(0, Math.ceil((deadline - now) / 1000));
  // Screen readers hear the count in steps of ten, not every second.
  const spoken = Math.ceil(seconds / 10) * 10;
  return (
    <div class="kiosk-backdrop">
      {/*
        Modal: Tab stays on its one button. Otherwise the focus would move on to the page behind the
        backdrop, where it is hidden and where nothing may be done now (WCAG 2.2, 2.4.11).
      */}
      <div
        class="kiosk-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="kiosk-title"
        aria-describedby="kiosk-text"
        onKeyDown={(event) => {
          if (event.key !== 'Tab') return;
          event.preventDefault();
          button.current?.focus();
        }}
      >
        <h2 id="kiosk-title">{t('kiosk.title')}</h2>
        <p id="kiosk-text">{t('kiosk.text')}</p>
        {/* Changes each second, for the eyes only: not live, so a reader that treats the alertdialog as a live region does not repeat it. */}
        <p class="kiosk-dialog__count" aria-hidden="true" aria-live="off">
          {t('kiosk.seconds', { count: seconds })}
        </p>
        <p class="visually-hidden" aria-live="polite">
          {t('kiosk.spoken', { count: spoken })}
        </p>
        <button ref={button} type="button" class="button" onClick={() => setDeadline(undefined)}>
          {t('kiosk.continue')}
        </button>
      </div>
    </div>
  );
}

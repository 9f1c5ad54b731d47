/**
 * The settings every page reads, each from its own small module with its own storage: the
 * language (i18next), the practice's set-up, and the app's status (service worker, connection).
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { rememberLanguage } from '../../app/language-choice.ts';
import { changeLanguage, i18n } from '../../i18n/i18n.ts';
import type { Language } from '../../i18n/locale-schema.ts';
import { hrefFrom } from '../../navigation/navigation.ts';
import { AppStatusContext, useAppStatusSource } from './app-status.tsx';
import { I18nContext, type I18nValue } from './i18n-context.tsx';
import { useLocation, useNavigation } from './navigation-context.tsx';
import { SettingContext } from './setting-context.tsx';
import { useChosenSetting } from './use-chosen-setting.ts';

export function Settings({
  initialLanguage,
  languages,
  storageReset,
  children,
}: {
  initialLanguage: Language;
  languages: readonly Language[];
  /** Saved answers were corrupt or outdated and have been deleted. */
  storageReset: boolean;
  children: ComponentChildren;
}) {
  const navigation = useNavigation();
  const location = useLocation();
  const [language, setLanguageState] = useState(initialLanguage);
  const voice = location.query.get('voice') === 'staff' ? 'staff' : undefined;
  const source = useAppStatusSource();
  const status = useMemo(() => ({ ...source, storageReset }), [source, storageReset]);
  const setting = useChosenSetting(location.query.get('practice'));
  const i18nValue = useMemo<I18nValue>(
    () => ({
      t: i18n.getFixedT(language.code),
      language,
      languages,
      voice,
      setLanguage(next) {
        void changeLanguage(next).then(() => {
          document.documentElement.lang = next.code;
          document.documentElement.dir = next.dir;
          rememberLanguage(next.code);
          // The choice now lives in the app: the address no longer needs to carry it.
          const here = navigation.location();
          const query = new URLSearchParams(here.query);
          query.delete('lang');
          navigation.go(hrefFrom({ path: here.path, query }, here.path), { replace: true });
          setLanguageState(next);
        });
      },
    }),
    [language, languages, voice, navigation],
  );
  return (
    <I18nContext.Provider value={i18nValue}>
      <SettingContext.Provider value={setting}>
        <AppStatusContext.Provider value={status}>{children}</AppStatusContext.Provider>
      </SettingContext.Provider>
    </I18nContext.Provider>
  );
}

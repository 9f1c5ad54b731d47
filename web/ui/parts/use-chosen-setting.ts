import { useEffect, useState } from 'preact/hooks';
import type { Setting } from '../../app/practice.ts';
import { choicesKey, readChoices, rememberChoice, subscribeChoice, type Choice } from '../../app/practice-choice.ts';
import { hrefFrom } from '../../navigation/navigation.ts';
import { useLocation, useNavigation } from './navigation-context.tsx';

/**
 * The practice's set-up for what the address names and the device remembers
 * (practice-choice.ts), loaded when there is one, and again when the person chooses. It is not on
 * the first screen's path (its code loads per need); if it cannot load, the generic set-up (112,
 * own GP, how to find the post) is the safe fallback. Undefined while it loads.
 */
export function useChosenSetting(fromAddress: string | null): Setting | undefined {
  const [, changed] = useState(0);
  useEffect(() => subscribeChoice(() => changed((n) => n + 1)), []);
  const choices = readChoices(fromAddress);
  const key = choicesKey(choices);
  const none = !choices.address && !choices.stored;
  const [setting, setSetting] = useState<Setting | undefined>(none ? {} : undefined);
  useEffect(() => {
    if (none) return setSetting({});
    setSetting(undefined);
    let live = true;
    void import('../../app/practice.ts')
      .then((practice) => practice.loadChosenSetting(choices))
      .catch(() => ({}))
      .then((loaded) => live && setSetting(loaded));
    return () => {
      live = false;
    };
    // The key says when the choices change; the object is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return setting;
}

/**
 * Choose a practice or region (undefined: none) for now and the next visits: remembered on the
 * device, and taken out of the address, where a link's practice would otherwise still win.
 */
export function useChoosePractice(): (choice: Choice | undefined) => void {
  const navigation = useNavigation();
  const location = useLocation();
  return (choice) => {
    const inAddress = location.query.has('practice');
    rememberChoice(choice, { quiet: inAddress });
    if (!inAddress) return;
    const query = new URLSearchParams(location.query);
    query.delete('practice');
    navigation.go(hrefFrom({ path: location.path, query }, location.path), { replace: true });
  };
}

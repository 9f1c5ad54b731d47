import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Setting } from '../../app/practice.ts';
import { Loading } from './Loading.tsx';

/** The practice and region the app is set up for; empty for the generic set-up; undefined while it loads. */
export const SettingContext = createContext<Setting | undefined>({});

/** Inside <SettingReady>: the set-up, never still loading. */
export const useSetting = (): Setting => useContext(SettingContext) ?? {};

/**
 * Pages that show a phone number wait for the practice's set-up: a generic number that is
 * replaced a moment later could be tapped in between, and the page would jump.
 */
export function SettingReady({ children }: { children: ComponentChildren }) {
  return useContext(SettingContext) ? <>{children}</> : <Loading />;
}

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Setting } from '../app/practice.ts';

/** The practice and region the app is set up for; empty for the generic set-up. */
export const SettingContext = createContext<Setting>({});

export const useSetting = () => useContext(SettingContext);

import { useEffect, useState } from 'preact/hooks';
import { createTriage, type Triage, type TriageState } from '../../app/triage.ts';
import { useNavigation } from '../parts/navigation-context.tsx';

/** The triage for these trees, on the app's navigation, and its state; re-renders when it changes. */
export function useTriage(treeIds: string): [Triage, TriageState] {
  const navigation = useNavigation();
  const [triage] = useState(() => createTriage(treeIds, navigation));
  const [state, setState] = useState(triage.state);
  useEffect(() => {
    const unsubscribe = triage.subscribe(() => setState(triage.state()));
    triage.start();
    return () => {
      unsubscribe();
      triage.stop();
    };
  }, [triage]);
  return [triage, state];
}

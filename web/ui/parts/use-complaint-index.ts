import { useEffect, useState } from 'preact/hooks';
import type { ComplaintEntry } from '../../app/complaint-search.ts';

let loaded: readonly ComplaintEntry[] | undefined;

/** The search index, fetched the first time the picker opens (it is not needed before). */
export function useComplaintIndex(): readonly ComplaintEntry[] | undefined {
  const [index, setIndex] = useState(loaded);
  const [failure, setFailure] = useState<Error | undefined>();
  useEffect(() => {
    if (loaded) return;
    import('virtual:complaint-index').then(
      (module) => setIndex((loaded = module.index)),
      (error: Error) => setFailure(error),
    );
  }, []);
  if (failure) throw failure;
  return index;
}

// The district's streets and towns in official order, as every street choice and filter offers them.
import type { Street } from '../../shared/schemas/streets';
import { request } from './api';
import { useLoad } from './use-load';

/** The active streets (retired ones left out), in the registry's official order. */
export function useStreets(): Street[] {
  const loaded = useLoad(() => request((api) => api.api.v1.streets.$get()), []);
  return (loaded.value?.items ?? []).filter((s) => s.retiredAt === null);
}

import { createContext, useContext } from 'react';
import type { UnknotApi } from '../../shared/ipc';

/** Views read the API from context so component tests can hand them a typed fake. */
export const ApiContext = createContext<UnknotApi | null>(null);

export function useApi(): UnknotApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an ApiContext provider');
  return api;
}

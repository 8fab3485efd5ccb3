import { useMemo, type ReactNode } from 'react';
import { Provider } from 'urql';
import { graphqlClient } from '../../client';

/** The public intake's client: no token, no cookie, nothing kept in the browser. */
export function PublicClient({ children }: { children: ReactNode }) {
  const client = useMemo(() => graphqlClient(), []);
  return <Provider value={client}>{children}</Provider>;
}

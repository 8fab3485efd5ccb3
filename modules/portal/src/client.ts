import { Client, cacheExchange, fetchExchange } from 'urql';

/**
 * A GraphQL client for /graphql on this origin. With a token, the signed-in person's
 * (asked for at each request: a renewed token is used as soon as it came); without, the
 * public intake's (nothing identifying is sent: no token, no cookie).
 * urql's document cache refetches the queries whose types a mutation returned.
 */
export function graphqlClient(accessToken?: () => string | undefined): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    requestPolicy: 'cache-and-network',
    // POST only: a query's variables (a receipt key, a passphrase) never go into a URL
    preferGetMethod: false,
    fetchOptions: (): RequestInit => {
      const token = accessToken?.();
      const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
      return { credentials: 'omit', headers };
    },
  });
}

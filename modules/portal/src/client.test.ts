import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphqlClient } from './client';

afterEach(() => vi.unstubAllGlobals());

describe('the GraphQL client', () => {
  it('sends the access token current at each request, so a renewed one is used at once', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ data: { viewer: { name: 'Erin' } } }), { headers: { 'Content-Type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    let token = 'first-token';
    const client = graphqlClient(() => token);
    await client.query('{ viewer { name } }', {}, { requestPolicy: 'network-only' }).toPromise();
    token = 'renewed-token';
    await client.query('{ viewer { name } }', {}, { requestPolicy: 'network-only' }).toPromise();
    const sent = fetch.mock.calls.map((call) => new Headers(((call as unknown[])[1] as RequestInit).headers));
    expect(sent.map((h) => h.get('authorization'))).toEqual(['Bearer first-token', 'Bearer renewed-token']);
    expect(fetch.mock.calls.every((call) => ((call as unknown[])[1] as RequestInit).credentials === 'omit')).toBe(true);
  });

  it('sends no token and no cookie for the public intake', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ data: { __typename: 'Query' } }), { headers: { 'Content-Type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    await graphqlClient().query('{ __typename }', {}).toPromise();
    const init = (fetch.mock.calls[0] as unknown[])[1] as RequestInit;
    expect(new Headers(init.headers).get('authorization')).toBeNull();
    expect(init.credentials).toBe('omit');
  });
});

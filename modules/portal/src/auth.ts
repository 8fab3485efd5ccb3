// Sign-in with OpenID Connect, authorization code with PKCE (oidc-client-ts), against the
// tenant's own issuer: Keycloak in production, the local issuer on the embedded run. The
// portal never sees a password. Only signed-in pages use this: the public intake pages
// never create a UserManager, so they store nothing in the browser.
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import i18n from './i18n';

const TENANT_KEY = 'conduct.signin.tenant';
const managers = new Map<string, Promise<UserManager>>();

interface PortalConfig {
  authority: string;
  clientId: string;
}

export function userManager(tenant: string): Promise<UserManager> {
  let manager = managers.get(tenant);
  if (!manager) {
    manager = fetch(`/portal/config?tenant=${encodeURIComponent(tenant)}`)
      .then((r) => {
        if (!r.ok) throw new Error(`No issuer for ${tenant}`);
        return r.json() as Promise<PortalConfig>;
      })
      .then((config) => new UserManager({
        authority: config.authority,
        client_id: config.clientId,
        redirect_uri: `${window.location.origin}/auth/callback`,
        response_type: 'code',
        scope: 'openid profile email',
        loadUserInfo: false,
        // renews the access token with the refresh token a minute before it lapses (the
        // local issuer's live five minutes, Keycloak's by default too)
        automaticSilentRenew: true,
        monitorSession: false,
        userStore: new WebStorageStateStore({ store: window.sessionStorage }),
        stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
      }));
    managers.set(tenant, manager);
  }
  return manager;
}

export async function currentUser(tenant: string): Promise<User | null> {
  const user = await (await userManager(tenant)).getUser();
  return user && !user.expired ? user : null;
}

/**
 * Follows the renewals of the signed-in person's tokens: each new access token, and a
 * renewal that failed (the session ended: sign in again). Answers how to stop following.
 */
export async function followTokens(tenant: string, onToken: (user: User) => void, onFailed: () => void): Promise<() => void> {
  const manager = await userManager(tenant);
  const loaded = manager.events.addUserLoaded(onToken);
  const failed = manager.events.addSilentRenewError(onFailed);
  return () => { loaded(); failed(); };
}

export async function signIn(tenant: string, returnTo: string): Promise<void> {
  window.sessionStorage.setItem(TENANT_KEY, tenant);
  // the issuer's page in the portal's language (OIDC ui_locales; Keycloak and the local issuer honour it)
  await (await userManager(tenant)).signinRedirect({ state: { returnTo }, ui_locales: i18n.language });
}

/** Completes a sign-in at /auth/callback; answers where to go next. */
export async function completeSignIn(): Promise<string> {
  const tenant = window.sessionStorage.getItem(TENANT_KEY);
  if (!tenant) throw new Error('No sign-in under way');
  const user = await (await userManager(tenant)).signinCallback();
  const state = (user?.state ?? {}) as { returnTo?: string };
  return state.returnTo && state.returnTo.startsWith(`/t/${tenant}`) ? state.returnTo : `/t/${tenant}`;
}

export async function signOut(tenant: string): Promise<void> {
  await (await userManager(tenant)).removeUser();
  window.sessionStorage.removeItem(TENANT_KEY);
}

/**
 * Single sign-on per tenant: a tenant administrator connects the subsidiary's own
 * identity provider (OpenID Connect or SAML 2.0) to the tenant's realm, and the operator
 * approves it before anyone signs in through it (a realm-wide change). Discovery
 * documents and metadata are fetched and validated here; the client secret goes to the
 * realm only. Its API is its GraphQL schema; the rest is package-private.
 */
@ApplicationModule(allowedDependencies = { "platform", "tenants" })
package io.conduct.sso;

import org.springframework.modulith.ApplicationModule;

package io.conduct.platform.tenancy;

import java.util.Set;

/**
 * The jurisdictions a tenant may list: those a jurisdiction pack exists for. The domain
 * that holds the packs provides it; onboarding and tenant updates refuse any other.
 */
public interface JurisdictionCatalog {

	/** The keys of the packs, e.g. {@code EU}, {@code US-SOX}. */
	Set<String> keys();

}

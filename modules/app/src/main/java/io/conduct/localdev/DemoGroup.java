package io.conduct.localdev;

import java.util.List;

import io.conduct.platform.security.Role;

/**
 * The demo group of the local run: a parent company in the United States with
 * subsidiaries in Germany and Japan, and in each of them a person for every role.
 */
final class DemoGroup {

	static final String PARENT = "acme";

	static final List<DemoTenant> TENANTS = List.of(
			new DemoTenant(PARENT, "Acme Holdings Inc.", null, "US", List.of("US-SOX"), "en-US", "America/New_York",
					"us", "USD", 1, "2400000000"),
			new DemoTenant("acme-de", "Acme Deutschland GmbH", PARENT, "DE", List.of("EU", "DE"), "de-DE",
					"Europe/Berlin", "eu", "EUR", 1, "310000000"),
			new DemoTenant("acme-jp", "Acme Japan K.K.", PARENT, "JP", List.of("JP"), "ja-JP", "Asia/Tokyo", "ap",
					"JPY", 4, "42000000000"));

	/** One person per role in every tenant; the parent also has the operator's admin. */
	static List<DemoPerson> people(String tenantKey) {
		List<DemoPerson> people = new java.util.ArrayList<>(
				List.of(person(tenantKey, "employee", "Erin Employee", Role.EMPLOYEE),
						person(tenantKey, "supervisor", "Sam Supervisor", Role.SUPERVISOR, Role.EMPLOYEE),
						person(tenantKey, "cfo", "Casey Cfo", Role.CFO_CAO, Role.EMPLOYEE),
						person(tenantKey, "treasurer", "Toni Treasurer", Role.TREASURER, Role.EMPLOYEE),
						person(tenantKey, "ceo", "Chris Ceo", Role.CEO, Role.EMPLOYEE),
						person(tenantKey, "board", "Bo Board", Role.BOARD),
						person(tenantKey, "audit", "Ari Audit", Role.AUDIT_COMMITTEE, Role.BOARD),
						person(tenantKey, "spokesperson", "Pat Spokesperson", Role.SPOKESPERSON, Role.EMPLOYEE),
						person(tenantKey, "admin", "Alex Admin", Role.TENANT_ADMIN, Role.EMPLOYEE)));
		if (PARENT.equals(tenantKey)) {
			people.add(person(tenantKey, "operator", "Olu Operator", Role.PLATFORM_ADMIN));
		}
		return List.copyOf(people);
	}

	private static DemoPerson person(String tenantKey, String username, String name, Role... roles) {
		return new DemoPerson(tenantKey, username, name, username + "@" + tenantKey + ".example", List.of(roles));
	}

	private DemoGroup() {
	}

	record DemoTenant(String key, String name, String parentKey, String country, List<String> jurisdictions,
			String locale, String timeZone, String dataRegion, String currency, int fiscalYearStartMonth,
			String lastFiscalYearRevenue) {
	}

	record DemoPerson(String tenantKey, String username, String name, String email, List<Role> roles) {

		/** A stable subject, as a realm would keep for the user. */
		String subject() {
			return java.util.UUID.nameUUIDFromBytes((this.tenantKey + "/" + this.username).getBytes()).toString();
		}

	}

}

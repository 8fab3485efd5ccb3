package io.conduct.localdev;

import java.util.ArrayList;
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

	/** The tenant administrator named at onboarding. */
	static final DemoPerson ADMINISTRATOR = new DemoPerson("admin", "Alex", "Admin", "EMPLOYEE", List.of());

	/**
	 * The first Board members named at onboarding, the bootstrap of the two-person rule:
	 * {@code board} approves the handler roles the administrator asks for.
	 */
	static final List<DemoPerson> BOARD_MEMBERS = List.of(
			new DemoPerson("board", "Bo", "Board", "DIRECTOR", List.of(Role.BOARD)),
			new DemoPerson("audit", "Ari", "Audit", "DIRECTOR", List.of(Role.AUDIT_COMMITTEE, Role.BOARD)));

	/** The Board member who approves the demo's handler roles. */
	static final DemoPerson APPROVER = BOARD_MEMBERS.get(0);

	/**
	 * The people created through people administration in every tenant; their handler
	 * roles are asked for by the administrator and approved by the Board.
	 */
	static List<DemoPerson> people(String tenantKey) {
		List<DemoPerson> people = new ArrayList<>(List.of(
				new DemoPerson("employee", "Erin", "Employee", "EMPLOYEE", List.of(Role.EMPLOYEE)),
				new DemoPerson("supervisor", "Sam", "Supervisor", "EMPLOYEE", List.of(Role.SUPERVISOR, Role.EMPLOYEE)),
				new DemoPerson("cfo", "Casey", "Cfo", "EXECUTIVE_OFFICER", List.of(Role.CFO_CAO, Role.EMPLOYEE)),
				new DemoPerson("treasurer", "Toni", "Treasurer", "OFFICER", List.of(Role.TREASURER, Role.EMPLOYEE)),
				new DemoPerson("ceo", "Chris", "Ceo", "EXECUTIVE_OFFICER", List.of(Role.CEO, Role.EMPLOYEE)),
				new DemoPerson("spokesperson", "Pat", "Spokesperson", "EMPLOYEE",
						List.of(Role.SPOKESPERSON, Role.EMPLOYEE))));
		if (PARENT.equals(tenantKey)) {
			people.add(new DemoPerson("operator", "Olu", "Operator", "EMPLOYEE", List.of(Role.EMPLOYEE)));
		}
		return List.copyOf(people);
	}

	static String email(String tenantKey, String username) {
		return username + "@" + tenantKey + ".example";
	}

	private DemoGroup() {
	}

	record DemoTenant(String key, String name, String parentKey, String country, List<String> jurisdictions,
			String locale, String timeZone, String dataRegion, String currency, int fiscalYearStartMonth,
			String lastFiscalYearRevenue) {
	}

	record DemoPerson(String username, String givenName, String familyName, String type, List<Role> roles) {
	}

}

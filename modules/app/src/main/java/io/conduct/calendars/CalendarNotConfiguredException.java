package io.conduct.calendars;

import io.conduct.platform.errors.ConductException;
import io.conduct.platform.errors.ErrorCode;

/**
 * A tenant has no business-day calendar: no public-holiday calendar is loaded for the
 * country it chose (or, without a choice, for its own country). Its TENANT_ADMIN or
 * CFO/CAO picks one with {@code tenantCalendarUpdate}, or a data file for the country is
 * added. GraphQL classifies it {@code UNAVAILABLE}; domains that need the calendar for a
 * user's request may turn it into a {@code NOT_CONFIGURED} user error.
 */
public class CalendarNotConfiguredException extends ConductException {

	private final String tenantKey;

	private final String country;

	/**
	 * @param tenantKey the tenant
	 * @param country the country whose public holidays it would use
	 */
	public CalendarNotConfiguredException(String tenantKey, String country) {
		super(ErrorCode.UNAVAILABLE, "No public-holiday calendar is loaded for " + country + ", the calendar of tenant "
				+ tenantKey + "; its administrator or CFO/CAO can choose another one");
		this.tenantKey = tenantKey;
		this.country = country;
	}

	/** The tenant without a calendar. */
	public String tenantKey() {
		return this.tenantKey;
	}

	/** The country whose public holidays it would use. */
	public String country() {
		return this.country;
	}

}

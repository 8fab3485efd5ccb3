package io.conduct.certifications;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A campaign asking people to certify the current Code by a due date. The on-hire
 * campaign is always open and gives each new person their own due date; annual and ad hoc
 * campaigns ask everyone active and close some time after their due date.
 *
 * @param id {@code on-hire}, {@code annual-<year>} or a random id for ad hoc ones
 * @param kind on hire, annual or ad hoc
 * @param name what people see
 * @param versionNumber the Code's version current when it opened
 * @param dueDate the last day to certify, in the tenant's zone (none for on hire)
 * @param dueAt the end of that day in the tenant's zone
 * @param closesAt when it closes to certifications
 * @param status open or closed
 * @param openedAt when it opened
 * @param openedBy who opened it
 * @param closedAt when it closed
 * @param fullyAssigned whether everyone it asks has an assignment (opening resumes
 * otherwise)
 */
@Document("certification_campaigns")
record CertificationCampaign(@Id String id, Kind kind, String name, int versionNumber, LocalDate dueDate, Instant dueAt,
		Instant closesAt, Status status, Instant openedAt, String openedBy, Instant closedAt, boolean fullyAssigned) {

	static final String ON_HIRE = "on-hire";

	private static final String ANNUAL_PREFIX = "annual-";

	static String annualId(int year) {
		return ANNUAL_PREFIX + year;
	}

	/** The year of an annual campaign, as its id names it. */
	int annualYear() {
		if (this.kind != Kind.ANNUAL || !this.id.startsWith(ANNUAL_PREFIX)) {
			throw new IllegalStateException("Not an annual campaign: " + this.id);
		}
		return Integer.parseInt(this.id.substring(ANNUAL_PREFIX.length()));
	}

	boolean isOpen() {
		return this.status == Status.OPEN;
	}

	public enum Kind {

		ON_HIRE, ANNUAL, AD_HOC

	}

	public enum Status {

		OPEN, CLOSED

	}

}

package io.conduct.certifications;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A campaign asking people to certify the current Code by a due date. The on-hire
 * campaign is always open and gives each new person their own due date; annual and ad hoc
 * campaigns ask everyone active and close some time after their due date. Its fields come
 * in named groups, each stored unwrapped, so the document keeps one flat field per value
 * and a new field touches one group.
 *
 * @param id {@code on-hire}, {@code annual-<year>} or a random id for ad hoc ones
 * @param purpose what it asks: its kind, name and the Code's version
 * @param schedule when it is due and closes
 * @param state open or closed, who opened it, and whether everyone is assigned
 */
@Document("certification_campaigns")
record CertificationCampaign(@Id String id, @Unwrapped.Empty Purpose purpose, @Unwrapped.Empty Schedule schedule,
		@Unwrapped.Empty State state) {

	static final String ON_HIRE = "on-hire";

	private static final String ANNUAL_PREFIX = "annual-";

	static String annualId(int year) {
		return ANNUAL_PREFIX + year;
	}

	/**
	 * What a campaign asks.
	 *
	 * @param kind on hire, annual or ad hoc
	 * @param name what people see
	 * @param versionNumber the Code's version current when it opened
	 */
	record Purpose(Kind kind, String name, int versionNumber) {
	}

	/**
	 * When a campaign is due and closes.
	 *
	 * @param dueDate the last day to certify, in the tenant's zone (none for on hire)
	 * @param dueAt the end of that day in the tenant's zone
	 * @param closesAt when it closes to certifications
	 */
	record Schedule(LocalDate dueDate, Instant dueAt, Instant closesAt) {
	}

	/**
	 * Where a campaign stands.
	 *
	 * @param status open or closed
	 * @param openedAt when it opened
	 * @param openedBy who opened it
	 * @param closedAt when it closed
	 * @param fullyAssigned whether everyone it asks has an assignment (opening resumes
	 * otherwise)
	 */
	record State(Status status, Instant openedAt, String openedBy, Instant closedAt, boolean fullyAssigned) {

		/** A campaign that has just opened, its assignments still to make. */
		static State opened(Instant now, String by) {
			return new State(Status.OPEN, now, by, null, false);
		}

	}

	public Kind kind() {
		return this.purpose.kind();
	}

	public String name() {
		return this.purpose.name();
	}

	public int versionNumber() {
		return this.purpose.versionNumber();
	}

	public LocalDate dueDate() {
		return this.schedule.dueDate();
	}

	public Instant dueAt() {
		return this.schedule.dueAt();
	}

	public Instant closesAt() {
		return this.schedule.closesAt();
	}

	public Status status() {
		return this.state.status();
	}

	public Instant openedAt() {
		return this.state.openedAt();
	}

	public String openedBy() {
		return this.state.openedBy();
	}

	public Instant closedAt() {
		return this.state.closedAt();
	}

	public boolean fullyAssigned() {
		return this.state.fullyAssigned();
	}

	boolean isOpen() {
		return status() == Status.OPEN;
	}

	/** The year of an annual campaign, as its id names it. */
	int annualYear() {
		if (kind() != Kind.ANNUAL || !this.id.startsWith(ANNUAL_PREFIX)) {
			throw new IllegalStateException("Not an annual campaign: " + this.id);
		}
		return Integer.parseInt(this.id.substring(ANNUAL_PREFIX.length()));
	}

	public enum Kind {

		ON_HIRE, ANNUAL, AD_HOC

	}

	public enum Status {

		OPEN, CLOSED

	}

}

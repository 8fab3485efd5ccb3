package io.conduct.cases;

import java.util.List;
import java.util.function.Function;

import io.conduct.platform.graphql.UserError;
import io.conduct.platform.validation.Outcome;

/**
 * The payloads of the case mutations. {@code case} is a Java keyword and cannot name a
 * record component: each payload keeps the case as {@code changed} and serves the GraphQL
 * field {@code case} through its JavaBean getter {@code getCase()}, which GraphQL's
 * property fetching and Spring's schema inspection both read.
 */
final class CasePayloads {

	private CasePayloads() {
	}

	/**
	 * A change to a case: {@code CaseAcknowledgePayload}, {@code CaseClosePayload} and
	 * the others that hold only the case.
	 *
	 * @param changed the case as changed
	 * @param userErrors what to fix in the input
	 */
	record OfCase(Case changed, List<UserError> userErrors) {

		static OfCase of(Outcome<Case> outcome) {
			return new OfCase(outcome.value(), outcome.userErrors());
		}

		public Case getCase() {
			return this.changed;
		}

	}

	/**
	 * A message posted on a case.
	 *
	 * @param message the message
	 * @param changed the case as changed
	 * @param userErrors what to fix in the input
	 */
	record OfMessage(CaseMessage message, Case changed, List<UserError> userErrors) {

		static OfMessage of(Outcome<Recorded<Message>> outcome) {
			return itemOf(outcome, (recorded) -> CaseMessage.of(recorded.changed().id(), recorded.item()),
					OfMessage::new);
		}

		public Case getCase() {
			return this.changed;
		}

	}

	/**
	 * An allegation added, or its finding recorded.
	 *
	 * @param allegation the allegation
	 * @param changed the case as changed
	 * @param userErrors what to fix in the input
	 */
	record OfAllegation(CaseAllegation allegation, Case changed, List<UserError> userErrors) {

		static OfAllegation of(Outcome<Recorded<Allegation>> outcome) {
			return itemOf(outcome, (recorded) -> CaseAllegation.of(recorded.changed().id(), recorded.item()),
					OfAllegation::new);
		}

		public Case getCase() {
			return this.changed;
		}

	}

	/**
	 * A task, an interview or evidence recorded.
	 *
	 * @param entry the entry
	 * @param changed the case as changed
	 * @param userErrors what to fix in the input
	 */
	record OfEntry(InvestigationEntry entry, Case changed, List<UserError> userErrors) {

		static OfEntry of(Outcome<Recorded<InvestigationRecord.Entry>> outcome) {
			return itemOf(outcome, (recorded) -> InvestigationEntry.of(recorded.changed().id(), recorded.item()),
					OfEntry::new);
		}

		public Case getCase() {
			return this.changed;
		}

	}

	/**
	 * A measure decided or reviewed.
	 *
	 * @param measure the measure
	 * @param changed the case as changed
	 * @param userErrors what to fix in the input
	 */
	record OfMeasure(CaseMeasure measure, Case changed, List<UserError> userErrors) {

		static OfMeasure of(Outcome<Recorded<CaseMeasure>> outcome) {
			return itemOf(outcome, Recorded::item, OfMeasure::new);
		}

		public Case getCase() {
			return this.changed;
		}

	}

	/**
	 * A report taken in.
	 *
	 * @param changed the case, for those who may see it; {@code null} otherwise
	 * @param receipt what the reporter keeps
	 * @param userErrors what to fix in the input
	 */
	record OfReport(Case changed, ReportReceipt receipt, List<UserError> userErrors) {

		public Case getCase() {
			return this.changed;
		}

	}

	/**
	 * A signed-in person's report taken in.
	 *
	 * @param report their view of it, for reporters who follow up with their account;
	 * {@code null} for anonymous reports
	 * @param receipt what the reporter keeps
	 * @param userErrors what to fix in the input
	 */
	record OfOwnReport(ReporterCaseView report, ReportReceipt receipt, List<UserError> userErrors) {
	}

	/**
	 * A signed-in reporter's message on their own report.
	 *
	 * @param message the message
	 * @param report their view of the report as changed
	 * @param userErrors what to fix in the input
	 */
	record OfOwnReportMessage(CaseMessage message, ReporterCaseView report, List<UserError> userErrors) {

		static OfOwnReportMessage of(Outcome<Recorded<Message>> outcome) {
			Recorded<Message> recorded = outcome.value();
			return (recorded != null)
					? new OfOwnReportMessage(CaseMessage.of(recorded.changed().id(), recorded.item()),
							ReporterCaseView.of(recorded.changed()), outcome.userErrors())
					: new OfOwnReportMessage(null, null, outcome.userErrors());
		}

	}

	/**
	 * A reporter's identity revealed, for this request only.
	 *
	 * @param reporter who reported
	 * @param changed the case as changed (its timeline records the reveal)
	 * @param userErrors what to fix in the input
	 */
	record OfReporterReveal(CaseReporter reporter, Case changed, List<UserError> userErrors) {

		static OfReporterReveal of(Outcome<Recorded<CaseReporter>> outcome) {
			return itemOf(outcome, Recorded::item, OfReporterReveal::new);
		}

		public Case getCase() {
			return this.changed;
		}

	}

	/**
	 * A public reporter's change to their report.
	 *
	 * @param report the report as changed
	 * @param userErrors what to fix in the input
	 */
	record OfPublicReport(PublicReport report, List<UserError> userErrors) {

		static OfPublicReport of(Outcome<Case> outcome) {
			return new OfPublicReport(outcome.isSuccess() ? PublicReport.of(outcome.value()) : null,
					outcome.userErrors());
		}

	}

	private static <T, V, P> P itemOf(Outcome<Recorded<T>> outcome, Function<Recorded<T>, V> served,
			ItemPayload<V, P> payload) {
		Recorded<T> recorded = outcome.value();
		return (recorded != null) ? payload.of(served.apply(recorded), recorded.changed(), outcome.userErrors())
				: payload.of(null, null, outcome.userErrors());
	}

	@FunctionalInterface
	private interface ItemPayload<V, P> {

		P of(V item, Case changed, List<UserError> userErrors);

	}

}

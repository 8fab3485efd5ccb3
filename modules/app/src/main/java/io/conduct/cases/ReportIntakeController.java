package io.conduct.cases;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.conduct.platform.budget.RequestSource;
import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Intake and public follow-up: reports from signed-in people, from anyone through the
 * public intake, and from staff on a reporter's behalf; the anonymous or public
 * reporter's view of their report and their messages.
 */
@Controller
class ReportIntakeController {

	private final ReportIntake intake;

	private final AnonymousFollowUp followUp;

	private final CaseHandling handling;

	ReportIntakeController(ReportIntake intake, AnonymousFollowUp followUp, CaseHandling handling) {
		this.intake = intake;
		this.followUp = followUp;
		this.handling = handling;
	}

	@MutationMapping
	CasePayloads.OfOwnReport reportSubmit(@Argument ReportSubmitInput input) {
		Outcome<ReportIntake.Submitted> outcome = this.intake.submit(input.report().toInput(), input.reporterMode(),
				input.passphrase());
		// an anonymous reporter follows up with the receipt key, never with their
		// account;
		// the others see their report as its reporter, never as its handlers do
		boolean followsUpSignedIn = input.reporterMode() != ReporterMode.ANONYMOUS;
		return Optional.ofNullable(outcome.value())
			.map((submitted) -> new CasePayloads.OfOwnReport(
					followsUpSignedIn ? ReporterCaseView.of(submitted.reportedCase()) : null,
					ReportReceipt.of(submitted), outcome.userErrors()))
			.orElseGet(() -> new CasePayloads.OfOwnReport(null, null, outcome.userErrors()));
	}

	@MutationMapping
	CasePayloads.OfReport publicReportSubmit(@Argument PublicReportSubmitInput input,
			@ContextValue(name = RequestSource.CONTEXT_KEY, required = false) RequestSource source) {
		return payload(this.intake.submitPublic(input.intakeKey(), input.report().toInput(), input.contact(),
				input.passphrase(), source), (submitted) -> null);
	}

	@MutationMapping
	CasePayloads.OfReport reportEnter(@Argument ReportEnterInput input) {
		Outcome<ReportIntake.Submitted> outcome = this.intake.enter(input.report().toInput(), input.channel(),
				input.reporterMode(), input.reporter(), CaseIds.optionalPersonId(input.reporterPersonId()));
		// the staff member sees the case only if it is theirs to handle
		return payload(outcome, (submitted) -> this.handling.find(submitted.reportedCase().id()).orElse(null));
	}

	@QueryMapping
	PublicReport publicReport(@Argument PublicReportAccessInput input,
			@ContextValue(name = RequestSource.CONTEXT_KEY, required = false) RequestSource source) {
		return PublicReport.of(this.followUp.read(input.intakeKey(), input.receiptKey(), input.passphrase(), source));
	}

	@MutationMapping
	CasePayloads.OfPublicReport publicReportMessagePost(@Argument PublicReportMessagePostInput input,
			@ContextValue(name = RequestSource.CONTEXT_KEY, required = false) RequestSource source) {
		return CasePayloads.OfPublicReport.of(this.followUp.postMessage(input.intakeKey(), input.receiptKey(),
				input.passphrase(), input.body(), input.attachments(), source));
	}

	private static CasePayloads.OfReport payload(Outcome<ReportIntake.Submitted> outcome,
			java.util.function.Function<ReportIntake.Submitted, Case> shown) {
		return Optional.ofNullable(outcome.value())
			.map((submitted) -> new CasePayloads.OfReport(shown.apply(submitted), ReportReceipt.of(submitted),
					outcome.userErrors()))
			.orElseGet(() -> new CasePayloads.OfReport(null, null, outcome.userErrors()));
	}

	record ReportFieldsInput(ReportCategory category, Recipient recipient, String description, String occurredWhen,
			String location, List<InvolvedInput> involved, String othersAware, Locale language,
			List<ReportInput.AttachmentInput> attachments) {

		ReportInput toInput() {
			List<ReportInput.InvolvedInput> people = (this.involved != null) ? this.involved.stream()
				.map((i) -> new ReportInput.InvolvedInput(CaseIds.optionalPersonId(i.personId()), i.name()))
				.toList() : List.of();
			return new ReportInput(this.category, this.recipient, this.description, this.occurredWhen, this.location,
					people, this.othersAware, (this.language != null) ? this.language.toLanguageTag() : null,
					this.attachments);
		}

	}

	record InvolvedInput(String personId, String name) {
	}

	record ReportSubmitInput(ReportFieldsInput report, ReporterMode reporterMode, String passphrase) {
	}

	record PublicReportSubmitInput(String intakeKey, ReportFieldsInput report, ReportInput.Contact contact,
			String passphrase) {
	}

	record ReportEnterInput(ReportFieldsInput report, Channel channel, ReporterMode reporterMode,
			ReportInput.Contact reporter, String reporterPersonId) {
	}

	record PublicReportAccessInput(String intakeKey, String receiptKey, String passphrase) {
	}

	record PublicReportMessagePostInput(String intakeKey, String receiptKey, String passphrase, String body,
			List<ReportInput.AttachmentInput> attachments) {
	}

}

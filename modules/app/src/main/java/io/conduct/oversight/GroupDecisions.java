package io.conduct.oversight;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.conduct.cases.EscalatedCase;
import io.conduct.cases.EscalatedCaseDecisions;
import io.conduct.cases.EscalatedCaseDetail;
import io.conduct.cases.MeasureKind;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A member of the Board or of the Audit Committee opens a matter of their part of the
 * group and decides where the Code gives them the decision: the Board's measure for an
 * executive officer or a director, the Audit Committee's follow-up of a forwarded
 * accounting concern. Each runs in the matter's own tenant (its context, its database,
 * its audit trail, which names the member and their tenant) through the cases' public
 * API, with the rules of the same decision taken there; a matter of a tenant above or
 * beside the member's, or one they are involved in, is not found. What comes back is the
 * matter as the member's own tenant serves it.
 */
@Service
class GroupDecisions {

	static final int MAX_ID = 400;

	private final GroupEscalations escalations;

	private final EscalatedCaseDecisions decisions;

	GroupDecisions(GroupEscalations escalations, EscalatedCaseDecisions decisions) {
		this.escalations = escalations;
		this.decisions = decisions;
	}

	/** The matter opened, if the caller may see it; audited in its tenant. */
	@PreAuthorize("hasAnyRole('BOARD', 'AUDIT_COMMITTEE')")
	public Optional<EscalatedMatterDetail> open(String escalatedMatterId) {
		Optional<GroupEscalations.Located> located = located(escalatedMatterId);
		if (located.isEmpty()) {
			return Optional.empty();
		}
		if (located.get().source() != EscalatedMatter.Source.CASE) {
			return this.escalations.find(localIdOf(escalatedMatterId)).map(EscalatedMatterDetail::of);
		}
		EscalatedCase.Reader reader = this.escalations.reader();
		GroupEscalations.Located at = located.get();
		return TenantContext.callAs(at.tenant(),
				() -> this.decisions.open(reader, at.id()).map((d) -> detailOf(at, reader, d)));
	}

	/** The Board's measure for an executive officer or a director on a case. */
	@PreAuthorize("hasRole('BOARD')")
	public Outcome<EscalatedMatterDetail> decideMeasure(String escalatedMatterId, String personKey, MeasureKind measure,
			String note) {
		Validation validation = new Validation();
		validation.text("personKey", personKey, MAX_ID);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		return onCase(escalatedMatterId,
				(reader, at) -> this.decisions.decideMeasure(reader, at.id(), personKey.trim(), measure, note));
	}

	/** The Audit Committee's follow-up of a forwarded accounting concern. */
	@PreAuthorize("hasRole('AUDIT_COMMITTEE')")
	public Outcome<EscalatedMatterDetail> recordFollowUp(String escalatedMatterId, String followUp) {
		return onCase(escalatedMatterId, (reader, at) -> this.decisions.recordFollowUp(reader, at.id(), followUp));
	}

	private Outcome<EscalatedMatterDetail> onCase(String escalatedMatterId,
			java.util.function.BiFunction<EscalatedCase.Reader, GroupEscalations.Located, Outcome<EscalatedCaseDetail>> decide) {
		Optional<GroupEscalations.Located> located = located(escalatedMatterId)
			.filter((l) -> l.source() == EscalatedMatter.Source.CASE);
		if (located.isEmpty()) {
			return Outcome.rejected("escalatedMatterId", UserErrorCode.NOT_FOUND,
					"No such case among your group's escalated matters");
		}
		EscalatedCase.Reader reader = this.escalations.reader();
		GroupEscalations.Located at = located.get();
		Outcome<EscalatedCaseDetail> decided = TenantContext.callAs(at.tenant(), () -> decide.apply(reader, at));
		if (!decided.isSuccess()) {
			return Outcome.rejected(renamed(decided.userErrors()));
		}
		return Outcome.of(detailOf(at, reader, decided.value()));
	}

	private Optional<GroupEscalations.Located> located(String escalatedMatterId) {
		if (escalatedMatterId == null || escalatedMatterId.length() > MAX_ID) {
			return Optional.empty();
		}
		return Optional.ofNullable(localIdOf(escalatedMatterId)).flatMap(this.escalations::locate);
	}

	private static String localIdOf(String escalatedMatterId) {
		return GlobalId.localIdOf(escalatedMatterId, EscalatedMatter.TYPE).orElse(null);
	}

	private static EscalatedMatterDetail detailOf(GroupEscalations.Located at, EscalatedCase.Reader reader,
			EscalatedCaseDetail detail) {
		return EscalatedMatterDetail.of(EscalatedMatter.of(at.tenant(), detail.summary(), reader.roles(), at.own()),
				detail);
	}

	/** The cases' input fields, as this mutation's input names them. */
	private static final Map<String, String> FIELDS = Map.of("caseId", "escalatedMatterId", "personId", "personKey");

	private static List<UserError> renamed(List<UserError> errors) {
		Function<String, String> rename = (f) -> FIELDS.getOrDefault(f, f);
		return errors.stream()
			.map((e) -> new UserError(e.field().stream().map(rename).toList(), e.message(), e.code()))
			.toList();
	}

}

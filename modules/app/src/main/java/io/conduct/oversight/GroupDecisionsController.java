package io.conduct.oversight;

import java.util.List;

import io.conduct.cases.MeasureKind;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Opening an escalated matter of the group and the decisions the Code gives the Board and
 * the Audit Committee on it, from the member's own tenant.
 */
@Controller
class GroupDecisionsController {

	private final GroupDecisions decisions;

	GroupDecisionsController(GroupDecisions decisions) {
		this.decisions = decisions;
	}

	@QueryMapping
	EscalatedMatterDetail groupEscalatedMatter(@Argument String escalatedMatterId) {
		return this.decisions.open(escalatedMatterId).orElse(null);
	}

	@MutationMapping
	Payload escalatedMatterMeasureDecide(@Argument EscalatedMatterMeasureDecideInput input) {
		return Payload.of(this.decisions.decideMeasure(input.escalatedMatterId(), input.personKey(), input.measure(),
				input.note()));
	}

	@MutationMapping
	Payload escalatedMatterFollowUpRecord(@Argument EscalatedMatterFollowUpRecordInput input) {
		return Payload.of(this.decisions.recordFollowUp(input.escalatedMatterId(), input.followUp()));
	}

	record EscalatedMatterMeasureDecideInput(String escalatedMatterId, String personKey, MeasureKind measure,
			String note) {
	}

	record EscalatedMatterFollowUpRecordInput(String escalatedMatterId, String followUp) {
	}

	/**
	 * EscalatedMatterMeasureDecidePayload and EscalatedMatterFollowUpRecordPayload.
	 *
	 * @param detail the matter as decided, from the caller's own tenant
	 * @param userErrors what to fix in the input
	 */
	record Payload(EscalatedMatterDetail detail, List<UserError> userErrors) {

		static Payload of(Outcome<EscalatedMatterDetail> outcome) {
			return new Payload(outcome.value(), outcome.userErrors());
		}

	}

}

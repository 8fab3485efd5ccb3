package io.conduct.cases;

import java.time.Instant;
import java.util.List;

/**
 * A task, an interview or evidence of an investigation as clients see it.
 *
 * @param id the global id, naming the case
 * @param type task, interview or evidence
 * @param summary what it is
 * @param personId the interviewee or the person the task concerns, if any
 * @param attachments files
 * @param at when it was recorded
 */
record InvestigationEntry(String id, InvestigationRecord.Entry.Type type, String summary, String personId,
		List<CaseAttachment> attachments, Instant at) {

	static final String TYPE = "InvestigationEntry";

	static InvestigationEntry of(String caseId, InvestigationRecord.Entry entry) {
		return new InvestigationEntry(CaseIds.item(TYPE, caseId, entry.id()), entry.type(), entry.summary(),
				entry.personId(), CaseAttachment.of(caseId, entry.attachments()), entry.at());
	}

	static List<InvestigationEntry> of(Case reported) {
		return reported.investigationRecord().entries().stream().map((entry) -> of(reported.id(), entry)).toList();
	}

}

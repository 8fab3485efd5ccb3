package io.conduct.cases;

import java.util.List;

/**
 * An allegation of a case as clients see it.
 *
 * @param id the global id, naming the case
 * @param kind misconduct or non-cooperation
 * @param summary what is alleged
 * @param subjectPersonId whom it concerns, if a directory person
 * @param finding what was found, once recorded
 * @param findingNote why
 */
record CaseAllegation(String id, Allegation.Kind kind, String summary, String subjectPersonId,
		Allegation.Finding finding, String findingNote) {

	static final String TYPE = "CaseAllegation";

	static CaseAllegation of(String caseId, Allegation allegation) {
		return new CaseAllegation(CaseIds.item(TYPE, caseId, allegation.id()), allegation.kind(), allegation.summary(),
				allegation.subjectPersonId(), allegation.finding(), allegation.findingNote());
	}

	static List<CaseAllegation> of(Case reported) {
		return reported.investigationRecord()
			.allegations()
			.stream()
			.map((allegation) -> of(reported.id(), allegation))
			.toList();
	}

}

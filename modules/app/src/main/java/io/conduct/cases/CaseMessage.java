package io.conduct.cases;

import java.time.Instant;
import java.util.List;

/**
 * A message between handlers and reporter as clients see it.
 *
 * @param id the global id, naming the case
 * @param author who wrote it
 * @param body the text
 * @param at when
 * @param attachments files given with it
 */
record CaseMessage(String id, Message.Author author, String body, Instant at, List<CaseAttachment> attachments) {

	static final String TYPE = "CaseMessage";

	static CaseMessage of(String caseId, Message message) {
		return new CaseMessage(CaseIds.item(TYPE, caseId, message.id()), message.author(), message.body(), message.at(),
				CaseAttachment.of(caseId, message.attachments()));
	}

	static List<CaseMessage> of(Case reported) {
		return reported.messages().stream().map((message) -> of(reported.id(), message)).toList();
	}

}

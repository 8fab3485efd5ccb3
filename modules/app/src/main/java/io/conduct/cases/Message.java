package io.conduct.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message between the handlers and the reporter.
 *
 * @param id the id
 * @param author who wrote it
 * @param authorSubject the handler's identity; never set for the reporter
 * @param body the text
 * @param attachments files given with it
 * @param at when
 */
record Message(String id, Author author, String authorSubject, String body, List<Attachment> attachments, Instant at) {

	Message {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	static Message fromHandler(String subject, String body, Instant at) {
		return new Message(UUID.randomUUID().toString(), Author.HANDLER, subject, body, List.of(), at);
	}

	/** A reporter's message: who they are is never kept with it. */
	static Message fromReporter(String body, List<Attachment> attachments, Instant at) {
		return new Message(UUID.randomUUID().toString(), Author.REPORTER, null, body, attachments, at);
	}

	/** Who wrote a message. */
	enum Author {

		REPORTER(CaseEventType.REPORTER_MESSAGE), HANDLER(CaseEventType.HANDLER_MESSAGE);

		private final CaseEventType event;

		Author(CaseEventType event) {
			this.event = event;
		}

		/** What the timeline records when they write. */
		CaseEventType event() {
			return this.event;
		}

	}

}

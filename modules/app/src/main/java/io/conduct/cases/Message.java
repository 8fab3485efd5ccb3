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
 * @param purpose what it is for: the conversation, the acknowledgement, the feedback
 */
record Message(String id, Author author, String authorSubject, String body, List<Attachment> attachments, Instant at,
		Purpose purpose) {

	Message {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		purpose = (purpose != null) ? purpose : Purpose.CONVERSATION;
	}

	static Message fromHandler(String subject, String body, Instant at) {
		return fromHandler(subject, body, at, Purpose.CONVERSATION);
	}

	/** A handler's message that acknowledges the report or gives the feedback. */
	static Message fromHandler(String subject, String body, Instant at, Purpose purpose) {
		return new Message(UUID.randomUUID().toString(), Author.HANDLER, subject, body, List.of(), at, purpose);
	}

	/** A reporter's message: who they are is never kept with it. */
	static Message fromReporter(String body, List<Attachment> attachments, Instant at) {
		return new Message(UUID.randomUUID().toString(), Author.REPORTER, null, body, attachments, at,
				Purpose.CONVERSATION);
	}

	/** What a message is for. */
	enum Purpose {

		/** The conversation. */
		CONVERSATION,

		/** The acknowledgement that the report was received. */
		ACKNOWLEDGEMENT,

		/** The feedback given when the case closed. */
		FEEDBACK

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

package io.conduct.inquiries;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The GraphQL side of inquiries ({@code inquiries.graphqls}). */
@Controller
class InquiriesController {

	private final Inquiries inquiries;

	private final PeopleDirectory people;

	InquiriesController(Inquiries inquiries, PeopleDirectory people) {
		this.inquiries = inquiries;
		this.people = people;
	}

	// queries

	@QueryMapping
	Connection<Inquiry> inquiries(@Argument Integer first, @Argument String after, @Argument FilterInput filter) {
		Paging paging = Paging.of(first, after);
		return page(this.inquiries.visiblePage(filterOf(filter), paging.after(), paging.probe()), paging);
	}

	@SchemaMapping(typeName = "Viewer", field = "inquiries")
	Connection<Inquiry> viewerInquiries(@Argument Integer first, @Argument String after, @Argument FilterInput filter) {
		Paging paging = Paging.of(first, after);
		return page(this.inquiries.ownPage(filterOf(filter), paging.after(), paging.probe()), paging);
	}

	@SchemaMapping(typeName = "Viewer", field = "inquiryGuidance")
	InquiryGuidance inquiryGuidance() {
		return this.inquiries.guidance();
	}

	// fields

	@SchemaMapping(typeName = Inquiries.TYPE, field = "id")
	String id(Inquiry inquiry) {
		return GlobalId.encode(Inquiries.TYPE, inquiry.id());
	}

	@BatchMapping(typeName = Inquiries.TYPE, field = "recorder")
	Map<Inquiry, Person> recorder(List<Inquiry> inquiries) {
		return people(inquiries, Inquiry::recorderPersonId);
	}

	@BatchMapping(typeName = Inquiries.TYPE, field = "supervisor")
	Map<Inquiry, Person> supervisor(List<Inquiry> inquiries) {
		return people(inquiries, Inquiry::supervisorPersonId);
	}

	@BatchMapping(typeName = Inquiries.TYPE, field = "assignee")
	Map<Inquiry, Person> assignee(List<Inquiry> inquiries) {
		return people(inquiries, Inquiry::assigneePersonId);
	}

	@BatchMapping(typeName = Inquiries.TYPE, field = "assignedBy")
	Map<Inquiry, Person> assignedBy(List<Inquiry> inquiries) {
		return people(inquiries, Inquiry::assignedByPersonId);
	}

	@BatchMapping(typeName = "InquiryNotice", field = "person")
	Map<Inquiry.Notice, Person> noticePerson(List<Inquiry.Notice> notices) {
		return people(notices, Inquiry.Notice::personId);
	}

	// mutations

	@MutationMapping
	InquiryRecordPayload inquiryRecord(@Argument InquiryRecordInput input) {
		Outcome<Inquiries.Recorded> outcome = this.inquiries.record(input.recording());
		return outcome.isSuccess()
				? new InquiryRecordPayload(outcome.value().inquiry(), outcome.value().guidance(), List.of())
				: new InquiryRecordPayload(null, null, outcome.userErrors());
	}

	@MutationMapping
	InquiryTakePayload inquiryTake(@Argument InquiryTakeInput input) {
		Outcome<Inquiry> outcome = this.inquiries.take(localId(input.inquiryId(), Inquiries.TYPE));
		return new InquiryTakePayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	InquiryAssignPayload inquiryAssign(@Argument InquiryAssignInput input) {
		Outcome<Inquiry> outcome = this.inquiries.assign(localId(input.inquiryId(), Inquiries.TYPE),
				localId(input.spokespersonPersonId(), Person.GRAPHQL_TYPE));
		return new InquiryAssignPayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	InquiryRespondPayload inquiryRespond(@Argument InquiryRespondInput input) {
		Outcome<Inquiry> outcome = this.inquiries.respond(localId(input.inquiryId(), Inquiries.TYPE), input.response(),
				input.statement());
		return new InquiryRespondPayload(outcome.value(), outcome.userErrors());
	}

	/** The local id of a global id of the type, or null for anything else. */
	private static String localId(String globalId, String type) {
		return GlobalId.localIdOf(globalId, type).orElse(null);
	}

	private <T> Map<T, Person> people(List<T> items, Function<T, String> personId) {
		Collection<String> ids = items.stream().map(personId).filter((id) -> id != null).distinct().toList();
		Map<String, Person> found = ids.isEmpty() ? Map.of() : this.people.findAll(ids);
		Map<T, Person> result = new HashMap<>();
		items.forEach((i) -> Optional.ofNullable(personId.apply(i)).map(found::get).ifPresent((p) -> result.put(i, p)));
		return result;
	}

	private static Connection<Inquiry> page(List<Inquiry> probed, Paging paging) {
		return Connection.of(probed, paging, (i) -> Cursors.encode(i.recordedAt(), i.id()));
	}

	private static InquiryFilter filterOf(FilterInput filter) {
		return (filter == null) ? InquiryFilter.NONE
				: new InquiryFilter((filter.statuses() != null) ? java.util.Set.copyOf(filter.statuses()) : null,
						(filter.kinds() != null) ? java.util.Set.copyOf(filter.kinds()) : null, filter.escalated(),
						filter.flagged());
	}

	// inputs and payloads

	record FilterInput(List<InquiryStatus> statuses, List<InquirerKind> kinds, Boolean escalated, Boolean flagged) {
	}

	record InquirerInput(String name, String organisation, String contact, InquirerKind kind) {

		Inquiry.Inquirer inquirer() {
			return new Inquiry.Inquirer(stripped(this.name), optional(this.organisation), optional(this.contact),
					this.kind);
		}

	}

	record InquiryRecordInput(InquirerInput inquirer, InquiryChannel channel, String question,
			OffsetDateTime receivedAt, Boolean mayConcernMaterialNonPublicInformation) {

		Inquiries.Recording recording() {
			return new Inquiries.Recording((this.inquirer != null) ? this.inquirer.inquirer() : null, this.channel,
					stripped(this.question), (this.receivedAt != null) ? this.receivedAt.toInstant() : null,
					Boolean.TRUE.equals(this.mayConcernMaterialNonPublicInformation));
		}

	}

	record InquiryTakeInput(String inquiryId) {
	}

	record InquiryAssignInput(String inquiryId, String spokespersonPersonId) {
	}

	record InquiryRespondInput(String inquiryId, InquiryResponse response, String statement) {
	}

	record InquiryRecordPayload(Inquiry inquiry, InquiryGuidance guidance, List<UserError> userErrors) {
	}

	record InquiryTakePayload(Inquiry inquiry, List<UserError> userErrors) {
	}

	record InquiryAssignPayload(Inquiry inquiry, List<UserError> userErrors) {
	}

	record InquiryRespondPayload(Inquiry inquiry, List<UserError> userErrors) {
	}

	/** Trimmed, and null when blank: for what may be left out. */
	private static String optional(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** Trimmed; null stays null. */
	private static String stripped(String value) {
		return (value != null) ? value.strip() : null;
	}

}

package io.conduct.certifications;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.conduct.code.CodeVersion;
import io.conduct.disclosures.Disclosure;
import io.conduct.disclosures.Disclosures;
import io.conduct.people.Person;
import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.validation.Outcome;
import io.conduct.viewer.Viewer;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Certifying the Code: signing, the caller's own certifications and what campaigns ask of
 * them, and {@code node(id:)} for certifications and assignments.
 */
@Controller
class CertifyingController {

	private final Certifications certifications;

	private final Campaigns campaigns;

	private final Clock clock;

	private final Disclosures disclosures;

	CertifyingController(Certifications certifications, Campaigns campaigns, Clock clock, Disclosures disclosures) {
		this.certifications = certifications;
		this.disclosures = disclosures;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	/** The signer's own, and an exception for those who look into it. */
	@Bean
	static NodeLoader certificationNodes(Certifications certifications, CertificationExceptions exceptions) {
		return NodeLoader.of(CertificationIds.CERTIFICATION,
				(id) -> certifications.findOwn(id).or(() -> exceptions.findVisible(id)));
	}

	/** The person's own, and any for the CFO/CAO. */
	@Bean
	static NodeLoader assignmentNodes(Campaigns campaigns) {
		return NodeLoader.of(CertificationIds.ASSIGNMENT, campaigns::findAssignment);
	}

	@MutationMapping
	CodeCertifyPayload codeCertify(@Argument CodeCertifyInput input) {
		Outcome<Certification> outcome = this.certifications.certify(input.toCommand());
		return new CodeCertifyPayload(outcome.value(), outcome.userErrors());
	}

	@SchemaMapping(typeName = "Viewer", field = "certifications")
	Connection<Certification> viewerCertifications(Viewer viewer, @Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.certifications.own(paging), paging, CertificationStore::cursorOf);
	}

	@SchemaMapping(typeName = "Viewer", field = "certificationAssignments")
	Connection<CertificationAssignment> viewerAssignments(Viewer viewer, @Argument Integer first,
			@Argument String after) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.campaigns.own(paging), paging, CampaignStore::cursorOf);
	}

	@SchemaMapping(typeName = CertificationIds.CERTIFICATION, field = "id")
	String certificationId(Certification certification) {
		return GlobalId.encode(CertificationIds.CERTIFICATION, certification.id());
	}

	@SchemaMapping(typeName = "CertificationResolution", field = "resolvedAt")
	Instant resolvedAt(Certification.Resolution resolution) {
		return resolution.at();
	}

	/** The campaigns of a page of certifications, in one query. */
	@BatchMapping(typeName = CertificationIds.CERTIFICATION, field = "campaign")
	Map<Certification, CertificationCampaign> certificationCampaign(List<Certification> certifications) {
		Map<String, CertificationCampaign> byId = this.campaigns.campaigns(
				certifications.stream().map(Certification::campaignId).filter(Objects::nonNull).distinct().toList());
		return certifications.stream()
			.filter((c) -> c.campaignId() != null && byId.containsKey(c.campaignId()))
			.collect(Collectors.toMap((c) -> c, (c) -> byId.get(c.campaignId())));
	}

	/**
	 * The disclosures the exceptions of a page opened, in one query, for whoever may read
	 * them.
	 */
	@BatchMapping(typeName = CertificationIds.CERTIFICATION, field = "disclosure")
	Map<Certification, Disclosure> certificationDisclosure(List<Certification> certifications) {
		List<String> ids = certifications.stream()
			.map(Certification::disclosureId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Map<String, Disclosure> readable = ids.isEmpty() ? Map.of() : this.disclosures.findAll(ids);
		return certifications.stream()
			.filter((c) -> c.disclosureId() != null && readable.containsKey(c.disclosureId()))
			.collect(Collectors.toMap((c) -> c, (c) -> readable.get(c.disclosureId())));
	}

	@SchemaMapping(typeName = CertificationIds.ASSIGNMENT, field = "id")
	String assignmentId(CertificationAssignment assignment) {
		return GlobalId.encode(CertificationIds.ASSIGNMENT, assignment.id());
	}

	/** The campaigns of a page of assignments, in one query. */
	@BatchMapping(typeName = CertificationIds.ASSIGNMENT, field = "campaign")
	Map<CertificationAssignment, CertificationCampaign> assignmentCampaign(List<CertificationAssignment> assignments) {
		Map<String, CertificationCampaign> byId = this.campaigns
			.campaigns(assignments.stream().map(CertificationAssignment::campaignId).distinct().toList());
		return assignments.stream()
			.filter((a) -> byId.containsKey(a.campaignId()))
			.collect(Collectors.toMap((a) -> a, (a) -> byId.get(a.campaignId())));
	}

	@SchemaMapping(typeName = CertificationIds.ASSIGNMENT, field = "overdue")
	boolean overdue(CertificationAssignment assignment) {
		return assignment.isOverdueAt(this.clock.instant());
	}

	@SchemaMapping(typeName = CertificationIds.ASSIGNMENT, field = "escalations")
	List<Escalation> escalations(CertificationAssignment assignment) {
		return assignment.escalations();
	}

	/**
	 * The result of codeCertify.
	 *
	 * @param certification the certification
	 * @param userErrors what to fix
	 */
	record CodeCertifyPayload(Certification certification, List<UserError> userErrors) {
	}

	record CodeCertifyInput(String versionId, Locale language, String contentHash, OffsetDateTime openedAt,
			String personId, String campaignId, boolean receivedAndRead, boolean understood,
			boolean compliedAndWillComply, String printedName, String signature, String exception,
			CodeCertifyDisclosuresInput disclosures) {

		Certifications.CertifyCommand toCommand() {
			return new Certifications.CertifyCommand(CertificationIds.localId(this.versionId, CodeVersion.GRAPHQL_TYPE),
					(this.language != null) ? this.language.toLanguageTag() : null, this.contentHash,
					(this.openedAt != null) ? this.openedAt.toInstant() : null,
					(this.personId != null) ? CertificationIds.localId(this.personId, Person.GRAPHQL_TYPE) : null,
					this.receivedAndRead, this.understood, this.compliedAndWillComply, this.printedName, this.signature,
					this.exception, CertificationIds.optionalLocalId(this.campaignId, CertificationIds.CAMPAIGN),
					(this.disclosures != null)
							? new DisclosureRound.Statement(this.disclosures.current(), this.disclosures.changes())
							: null);
		}

	}

	record CodeCertifyDisclosuresInput(boolean current, String changes) {
	}

}

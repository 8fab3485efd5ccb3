package io.conduct.certifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.conduct.people.Person;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.Payload;
import io.conduct.viewer.Viewer;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class CertificationController {

	static final String CAMPAIGN = "CertificationCampaign";

	static final String ASSIGNMENT = "CertificationAssignment";

	static final String CERTIFICATION = "Certification";

	private final Certifications certifications;

	private final Campaigns campaigns;

	private final CertificationOversight oversight;

	private final Clock clock;

	CertificationController(Certifications certifications, Campaigns campaigns, CertificationOversight oversight,
			Clock clock) {
		this.certifications = certifications;
		this.campaigns = campaigns;
		this.oversight = oversight;
		this.clock = clock;
	}

	@QueryMapping
	Connection<Certification> certificationExceptions(@Argument int first, @Argument String after,
			@Argument boolean unresolvedOnly) {
		if (first < 1 || first > 100) {
			throw ConductException.badRequest("first is 1 to 100");
		}
		Certifications.ExceptionPage page = this.certifications.exceptions(unresolvedOnly, first, after);
		return Connection.of(page.certifications(), page.cursors(), (c) -> c, page.hasNextPage(),
				page.hasPreviousPage());
	}

	@SchemaMapping(typeName = "Viewer", field = "certifications")
	List<Certification> viewerCertifications(Viewer viewer) {
		return this.certifications.own();
	}

	@SchemaMapping(typeName = "Viewer", field = "certificationAssignments")
	List<CertificationAssignment> viewerAssignments(Viewer viewer) {
		return this.campaigns.own();
	}

	@QueryMapping
	Connection<CertificationCampaign> certificationCampaigns(@Argument int first, @Argument String after) {
		if (first < 1 || first > 100) {
			throw ConductException.badRequest("first is 1 to 100");
		}
		Cursors.Position cursor = Cursors.decode(after);
		List<CertificationCampaign> found = this.campaigns.page((cursor != null) ? cursor.instant() : null,
				(cursor != null) ? cursor.id() : null, first);
		boolean hasNext = found.size() > first;
		List<CertificationCampaign> page = hasNext ? found.subList(0, first) : found;
		return Connection.of(page, page.stream().map((c) -> Cursors.encode(c.openedAt(), c.id())).toList(), (c) -> c,
				hasNext, after != null);
	}

	@QueryMapping
	CertificationSettings certificationSettings() {
		return this.campaigns.currentSettings();
	}

	@QueryMapping
	CertificationOversight.Completion certificationCompletion(@Argument String campaignId) {
		return this.oversight.completion(localId(campaignId, CAMPAIGN)).orElse(null);
	}

	@QueryMapping
	CertificationOversight.GroupCompletion groupCertificationCompletion(@Argument int year) {
		return this.oversight.groupCompletion(year);
	}

	@MutationMapping
	Map<String, Object> codeCertify(@Argument CertifyInput input) {
		String personId = (input.personId() != null) ? GlobalId.localIdOf(input.personId(), "Person").orElse("") : null;
		return Payload.of("certification",
				this.certifications.certify(new Certifications.CertifyCommand(input.versionId(), input.language(),
						input.contentHash(), (input.openedAt() != null) ? input.openedAt().toInstant() : null, personId,
						input.receivedAndRead(), input.understood(), input.compliedAndWillComply(), input.printedName(),
						input.signature(), input.exception(),
						(input.campaignId() != null) ? localId(input.campaignId(), CAMPAIGN) : null)));
	}

	@MutationMapping
	Map<String, Object> certificationCampaignOpen(@Argument CampaignOpenInput input) {
		return Payload.of("campaign", this.campaigns.openAdHoc(input.name(), input.dueDate()));
	}

	@MutationMapping
	Map<String, Object> certificationCampaignClose(@Argument CampaignCloseInput input) {
		return Payload.of("campaign", this.campaigns.close(localId(input.campaignId(), CAMPAIGN)));
	}

	@MutationMapping
	Map<String, Object> certificationSettingsUpdate(@Argument Campaigns.SettingsChanges input) {
		return Payload.of("settings", this.campaigns.updateSettings(input));
	}

	@MutationMapping
	Map<String, Object> certificationAssignmentRefer(@Argument ReferInput input) {
		return Payload.of("assignment",
				this.oversight.referForDiscipline(localId(input.assignmentId(), ASSIGNMENT), input.note()));
	}

	@MutationMapping
	Map<String, Object> certificationExceptionResolve(@Argument ResolveInput input) {
		return Payload.of("certification", this.certifications
			.resolveException(localId(input.certificationId(), CERTIFICATION), input.outcome(), input.note()));
	}

	@SchemaMapping(typeName = "Certification", field = "id")
	String certificationId(Certification certification) {
		return GlobalId.encode(CERTIFICATION, certification.id());
	}

	@SchemaMapping(typeName = "CertificationResolution", field = "resolvedAt")
	Instant resolvedAt(Certification.Resolution resolution) {
		return resolution.at();
	}

	@BatchMapping(typeName = "Certification", field = "campaign")
	Map<Certification, CertificationCampaign> certificationCampaign(List<Certification> certifications) {
		Map<String, CertificationCampaign> byId = this.campaigns.campaigns(
				certifications.stream().map(Certification::campaignId).filter(Objects::nonNull).distinct().toList());
		return certifications.stream()
			.filter((c) -> c.campaignId() != null && byId.containsKey(c.campaignId()))
			.collect(Collectors.toMap((c) -> c, (c) -> byId.get(c.campaignId())));
	}

	@SchemaMapping(typeName = CAMPAIGN, field = "id")
	String campaignId(CertificationCampaign campaign) {
		return GlobalId.encode(CAMPAIGN, campaign.id());
	}

	@SchemaMapping(typeName = ASSIGNMENT, field = "id")
	String assignmentId(CertificationAssignment assignment) {
		return GlobalId.encode(ASSIGNMENT, assignment.id());
	}

	@BatchMapping(typeName = ASSIGNMENT, field = "campaign")
	Map<CertificationAssignment, CertificationCampaign> assignmentCampaign(List<CertificationAssignment> assignments) {
		Map<String, CertificationCampaign> byId = this.campaigns
			.campaigns(assignments.stream().map(CertificationAssignment::campaignId).distinct().toList());
		return assignments.stream()
			.filter((a) -> byId.containsKey(a.campaignId()))
			.collect(Collectors.toMap((a) -> a, (a) -> byId.get(a.campaignId())));
	}

	@SchemaMapping(typeName = ASSIGNMENT, field = "overdue")
	boolean overdue(CertificationAssignment assignment) {
		return assignment.isOverdueAt(this.clock.instant());
	}

	@SchemaMapping(typeName = ASSIGNMENT, field = "escalations")
	List<String> escalations(CertificationAssignment assignment) {
		return assignment.steps();
	}

	@SchemaMapping(typeName = "CertificationCompletion", field = "overdue")
	Connection<CertificationOversight.OverduePerson> completionOverdue(CertificationOversight.Completion completion,
			@Argument int first, @Argument String after) {
		if (first < 1 || first > CertificationOversight.MAX_PAGE) {
			throw ConductException.badRequest("first is 1 to " + CertificationOversight.MAX_PAGE);
		}
		CertificationOversight.OverduePage page = this.oversight.overdue(completion.campaign().id(), first, after);
		return Connection.of(page.people(), page.cursors(), (p) -> p, page.hasNextPage(), page.hasPreviousPage());
	}

	@SchemaMapping(typeName = "CertificationCompletion", field = "csv")
	String completionCsv(CertificationOversight.Completion completion) {
		return this.oversight.completionCsv(completion);
	}

	@SchemaMapping(typeName = "OverdueCertification", field = "assignmentId")
	String overdueAssignmentId(CertificationOversight.OverduePerson overdue) {
		return GlobalId.encode(ASSIGNMENT, overdue.assignment().id());
	}

	@SchemaMapping(typeName = "OverdueCertification", field = "department")
	String overdueDepartment(CertificationOversight.OverduePerson overdue) {
		String department = overdue.assignment().department();
		return (department == null || department.isEmpty()) ? null : department;
	}

	@SchemaMapping(typeName = "OverdueCertification", field = "dueDate")
	LocalDate overdueDueDate(CertificationOversight.OverduePerson overdue) {
		return overdue.assignment().dueDate();
	}

	@SchemaMapping(typeName = "OverdueCertification", field = "escalations")
	List<String> overdueEscalations(CertificationOversight.OverduePerson overdue) {
		return overdue.assignment().steps();
	}

	@SchemaMapping(typeName = "OverdueCertification", field = "referredForDiscipline")
	boolean referred(CertificationOversight.OverduePerson overdue) {
		return overdue.assignment().referral() != null;
	}

	@SchemaMapping(typeName = "OverdueCertification", field = "person")
	Person overduePerson(CertificationOversight.OverduePerson overdue) {
		return overdue.person();
	}

	@SchemaMapping(typeName = "TenantCertificationCompletion", field = "tenantKey")
	String tenantKey(CertificationOversight.TenantCompletion row) {
		return row.tenant().key();
	}

	@SchemaMapping(typeName = "TenantCertificationCompletion", field = "tenantName")
	String tenantName(CertificationOversight.TenantCompletion row) {
		return row.tenant().name();
	}

	private static String localId(String globalId, String type) {
		return GlobalId.localIdOf(globalId, type).orElse("");
	}

	record CertifyInput(String versionId, String language, String contentHash, OffsetDateTime openedAt, String personId,
			String campaignId, boolean receivedAndRead, boolean understood, boolean compliedAndWillComply,
			String printedName, String signature, String exception) {
	}

	record CampaignOpenInput(String name, LocalDate dueDate) {
	}

	record CampaignCloseInput(String campaignId) {
	}

	record ReferInput(String assignmentId, String note) {
	}

	record ResolveInput(String certificationId, Certification.Resolution.Outcome outcome, String note) {
	}

}

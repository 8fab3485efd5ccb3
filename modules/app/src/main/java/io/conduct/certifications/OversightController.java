package io.conduct.certifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.conduct.people.Person;
import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Completion of campaigns, for the CFO/CAO and across the group for its Board and Audit
 * Committee, and referring overdue certifications for discipline.
 */
@Controller
class OversightController {

	private static final String COMPLETION = "CertificationCompletion";

	private static final String OVERDUE = "OverdueCertification";

	private static final String TENANT_ROW = "TenantCertificationCompletion";

	private final CertificationOversight oversight;

	OversightController(CertificationOversight oversight) {
		this.oversight = oversight;
	}

	@QueryMapping
	CertificationOversight.Completion certificationCompletion(@Argument String campaignId) {
		return this.oversight.completion(CertificationIds.localId(campaignId, CertificationIds.CAMPAIGN)).orElse(null);
	}

	@QueryMapping
	CertificationOversight.GroupCompletion groupCertificationCompletion(@Argument int year) {
		return this.oversight.groupCompletion(year);
	}

	/** Departments come from one aggregation: a page is cut from it. */
	@SchemaMapping(typeName = COMPLETION, field = "departments")
	Connection<CertificationOversight.DepartmentCompletion> departments(CertificationOversight.Completion completion,
			@Argument Integer first, @Argument String after) {
		return Connection.slice(completion.departments(), Paging.of(first, after),
				(d) -> Objects.requireNonNullElse(d.department(), ""));
	}

	@SchemaMapping(typeName = COMPLETION, field = "overdue")
	Connection<CertificationOversight.OverduePerson> overdue(CertificationOversight.Completion completion,
			@Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.oversight.overdue(completion.campaign().id(), paging), paging,
				CertificationOversight.OverduePerson::cursor);
	}

	@SchemaMapping(typeName = COMPLETION, field = "csv")
	String csv(CertificationOversight.Completion completion) {
		return this.oversight.completionCsv(completion);
	}

	@SchemaMapping(typeName = OVERDUE, field = "assignmentId")
	String overdueAssignmentId(CertificationOversight.OverduePerson overdue) {
		return GlobalId.encode(CertificationIds.ASSIGNMENT, overdue.assignment().id());
	}

	@SchemaMapping(typeName = OVERDUE, field = "department")
	String overdueDepartment(CertificationOversight.OverduePerson overdue) {
		String department = overdue.assignment().department();
		return (department == null || department.isEmpty()) ? null : department;
	}

	@SchemaMapping(typeName = OVERDUE, field = "dueDate")
	LocalDate overdueDueDate(CertificationOversight.OverduePerson overdue) {
		return overdue.assignment().dueDate();
	}

	@SchemaMapping(typeName = OVERDUE, field = "escalations")
	List<Escalation> overdueEscalations(CertificationOversight.OverduePerson overdue) {
		return overdue.assignment().escalations();
	}

	@SchemaMapping(typeName = OVERDUE, field = "referredForDiscipline")
	boolean referred(CertificationOversight.OverduePerson overdue) {
		return overdue.assignment().referral() != null;
	}

	@SchemaMapping(typeName = OVERDUE, field = "person")
	Person overduePerson(CertificationOversight.OverduePerson overdue) {
		// loaded with the page, in one query
		return overdue.person();
	}

	/** The group's rows come from one round over its tenants: a page is cut from them. */
	@SchemaMapping(typeName = "GroupCertificationCompletion", field = "tenants")
	Connection<CertificationOversight.TenantCompletion> tenants(CertificationOversight.GroupCompletion completion,
			@Argument Integer first, @Argument String after) {
		return Connection.slice(completion.tenants(), Paging.of(first, after),
				CertificationOversight.TenantCompletion::key);
	}

	@SchemaMapping(typeName = TENANT_ROW, field = "tenantKey")
	String tenantKey(CertificationOversight.TenantCompletion row) {
		return row.tenant().key();
	}

	@SchemaMapping(typeName = TENANT_ROW, field = "tenantName")
	String tenantName(CertificationOversight.TenantCompletion row) {
		return row.tenant().name();
	}

	@MutationMapping
	CertificationAssignmentReferForDisciplinePayload certificationAssignmentReferForDiscipline(
			@Argument CertificationAssignmentReferForDisciplineInput input) {
		Outcome<CertificationAssignment> outcome = this.oversight.referForDiscipline(
				CertificationIds.localId(input.assignmentId(), CertificationIds.ASSIGNMENT), input.note());
		return new CertificationAssignmentReferForDisciplinePayload(outcome.value(), outcome.userErrors());
	}

	/**
	 * The result of certificationAssignmentReferForDiscipline.
	 *
	 * @param assignment the assignment, referred
	 * @param userErrors what to fix
	 */
	record CertificationAssignmentReferForDisciplinePayload(CertificationAssignment assignment,
			List<UserError> userErrors) {
	}

	record CertificationAssignmentReferForDisciplineInput(String assignmentId, String note) {
	}

}

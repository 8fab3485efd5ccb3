package io.conduct.cases;

import java.time.Duration;
import java.util.Set;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import io.conduct.platform.budget.RequestSource;
import io.conduct.platform.budget.SharedBudgets;
import io.conduct.platform.budget.SourceBudgets;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.errors.ErrorCode;
import io.conduct.platform.graphql.DocumentFields;
import io.conduct.platform.tenancy.Tenant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the intake open for honest reporters while someone floods it. One public report
 * operation per request (aliases cannot multiply it). Budgets per source first, so that
 * one abuser spends only their own: per client address for the public intake (counted in
 * memory under a keyed hash whose key changes every window, never logged or stored), per
 * person for signed-in reporters; submissions and follow-ups counted apart. Then a budget
 * per tenant shared by every instance (in MongoDB), which bounds the slow hashing a
 * tenant's intake can cause in all. A request past a budget is refused before any of its
 * input is decoded or hashed.
 */
@Component
class IntakeLimits extends SimplePerformantInstrumentation {

	static final Set<String> PUBLIC_FIELDS = Set.of("publicReportSubmit", "publicReport", "publicReportMessagePost",
			"publicReportMeetingRequest");

	static final String BUSY = "Too many requests from here; try again in a few minutes";

	static final String TENANT_BUSY = "This intake is busy; try again in a few minutes";

	private final SourceBudgets perSource;

	private final SharedBudgets shared;

	private final Budgets budgets;

	IntakeLimits(SourceBudgets perSource, SharedBudgets shared,
			@Value("${conduct.cases.intake.submissions-per-source:10}") int submissionsPerSource,
			@Value("${conduct.cases.intake.follow-ups-per-source:60}") int followUpsPerSource,
			@Value("${conduct.cases.intake.submissions-per-person:10}") int submissionsPerPerson,
			@Value("${conduct.cases.intake.submissions-per-tenant:600}") int submissionsPerTenant,
			@Value("${conduct.cases.intake.follow-ups-per-tenant:3000}") int followUpsPerTenant,
			@Value("${conduct.cases.intake.tenant-window:PT10M}") Duration tenantWindow) {
		this.perSource = perSource;
		this.shared = shared;
		this.budgets = new Budgets(submissionsPerSource, followUpsPerSource, submissionsPerPerson, submissionsPerTenant,
				followUpsPerTenant, tenantWindow);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		int publicOperations = DocumentFields.count(parameters.getExecutionContext().getDocument(),
				(field) -> PUBLIC_FIELDS.contains(field.getName()));
		if (publicOperations > 1) {
			throw new AbortExecutionException("At most one public report operation per request");
		}
		return SimpleInstrumentationContext.noOp();
	}

	/** Counts a report through the tenant's public intake from the source. */
	void admitPublicSubmission(Tenant tenant, RequestSource source) {
		admit("public-submission", source, this.budgets.submissionsPerSource(), "submissions", tenant,
				this.budgets.submissionsPerTenant());
	}

	/** Counts a follow-up (a read or a message) through the public intake. */
	void admitFollowUp(Tenant tenant, RequestSource source) {
		admit("public-follow-up", source, this.budgets.followUpsPerSource(), "follow-ups", tenant,
				this.budgets.followUpsPerTenant());
	}

	/** Counts a report by a signed-in person. */
	void admitSignedInSubmission(Tenant tenant, String subject) {
		admit("signed-in-submission", RequestSource.ofSubject(tenant.key(), subject),
				this.budgets.submissionsPerPerson(), "submissions", tenant, this.budgets.submissionsPerTenant());
	}

	private void admit(String budget, RequestSource source, int perSource, String tenantBudget, Tenant tenant,
			int perTenant) {
		if (!this.perSource.tryTake(budget + '/' + tenant.key(), (source != null) ? source : RequestSource.UNKNOWN,
				perSource)) {
			throw new ConductException(ErrorCode.UNAVAILABLE, BUSY);
		}
		if (!this.shared.tryTake("intake-" + tenantBudget, tenant.key(), perTenant, this.budgets.tenantWindow())) {
			throw new ConductException(ErrorCode.UNAVAILABLE, TENANT_BUSY);
		}
	}

	/**
	 * The budgets.
	 *
	 * @param submissionsPerSource public reports per client address and window
	 * @param followUpsPerSource public follow-ups per client address and window
	 * @param submissionsPerPerson reports per signed-in person and window
	 * @param submissionsPerTenant reports per tenant and shared window, all channels
	 * @param followUpsPerTenant public follow-ups per tenant and shared window
	 * @param tenantWindow the shared window
	 */
	record Budgets(int submissionsPerSource, int followUpsPerSource, int submissionsPerPerson, int submissionsPerTenant,
			int followUpsPerTenant, Duration tenantWindow) {
	}

}

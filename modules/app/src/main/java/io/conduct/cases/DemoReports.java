package io.conduct.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.Tenant;

import org.springframework.context.annotation.Profile;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The demo group's reports, entered by its CFO/CAO through the product's own intake (the
 * local run only): in a subsidiary, a call about its CEO (the Board handles it) and an
 * accounting concern naming the CFO/CAO (the Audit Committee handles it at once), so the
 * parent's Board and Audit Committee have escalated matters to see. Added once, to a
 * tenant without cases.
 */
@Component
@Profile("local")
public class DemoReports {

	private final ReportIntake intake;

	private final PeopleDirectory people;

	private final MongoTemplate tenantData;

	DemoReports(ReportIntake intake, PeopleDirectory people, MongoTemplate tenantData) {
		this.intake = intake;
		this.people = people;
		this.tenantData = tenantData;
	}

	/** Seeds the tenant's demo reports if it has no case yet. */
	public void seedIfMissing(Tenant tenant) {
		SystemActor.runAs(tenant, EnumSet.of(Role.CFO_CAO, Role.TENANT_ADMIN), () -> {
			if (this.tenantData.exists(new Query(), Case.class)) {
				return;
			}
			Optional<Person> ceo = holder(Role.CEO);
			Optional<Person> cfo = holder(Role.CFO_CAO);
			ceo.ifPresent((p) -> enter(ReportCategory.MISUSE_OF_ASSETS, Recipient.CFO_CAO,
					"The company jet was booked for a private weekend trip.", p));
			cfo.ifPresent((p) -> enter(ReportCategory.ACCOUNTING_OR_AUDITING, Recipient.CFO_CAO,
					"Quarter-end revenue was booked before the goods were delivered.", p));
		});
	}

	private Optional<Person> holder(Role role) {
		return this.people.holdersOf(role).stream().findFirst();
	}

	private void enter(ReportCategory category, Recipient recipient, String description, Person involved) {
		var outcome = this.intake.enter(
				new ReportInput(category, recipient, description, "last month", null,
						List.of(new ReportInput.InvolvedInput(involved.id(), null)), null, "en", List.of()),
				Channel.PHONE, ReporterMode.CONFIDENTIAL, new ReportInput.Contact("A caller from Finance", null, null),
				null);
		if (!outcome.isSuccess()) {
			throw new IllegalStateException("Demo report not entered: " + outcome.userErrors());
		}
	}

}

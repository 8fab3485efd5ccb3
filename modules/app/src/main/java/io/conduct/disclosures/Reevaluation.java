package io.conduct.disclosures;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.people.PersonTypeChanged;
import io.conduct.people.RelativesChanged;
import io.conduct.platform.money.Money;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Re-evaluates at once the disclosures a change can alter, and tells their determiner
 * when the outcome changed: a payment, a rate or a counterparty's entry (the disclosures
 * naming it, in every company of the group), the group's revenue (every disclosure of the
 * group naming a counterparty), a person's type or relatives (their disclosures, and
 * those about them as family), a rule of the tenant (its other activities). A determined
 * disclosure whose outcome changed goes back to its determiner.
 */
@Component
class Reevaluation {

	private static final Logger logger = LoggerFactory.getLogger(Reevaluation.class);

	/** What system work needs to read the whole directory and the Code. */
	private static final Set<Role> SYSTEM_ROLES = EnumSet.of(Role.TENANT_ADMIN, Role.CFO_CAO);

	private final DisclosureStore store;

	private final DisclosureEvaluator evaluator;

	private final DisclosureNotifications notifications;

	private final PeopleDirectory people;

	private final GroupData group;

	/** The group revenue last seen per top company, to notice a change. */
	private final Map<String, Money> revenues = new ConcurrentHashMap<>();

	Reevaluation(DisclosureStore store, DisclosureEvaluator evaluator, DisclosureNotifications notifications,
			PeopleDirectory people, GroupData group, TenantRegistry tenants) {
		this.store = store;
		this.evaluator = evaluator;
		this.notifications = notifications;
		this.people = people;
		this.group = group;
		tenants.findAll()
			.stream()
			.filter((t) -> t.parentKey() == null && t.lastFiscalYearRevenue() != null)
			.forEach((t) -> this.revenues.put(t.key(), t.lastFiscalYearRevenue()));
		tenants.onActive(this::tenantSaved);
	}

	/**
	 * Re-evaluates the disclosures naming the counterparties (all that name one when
	 * {@code null}) in every company of the group.
	 * @return how many changed
	 */
	int afterGroupChange(Tenant top, Collection<String> counterpartyIds, Evaluation.Trigger trigger) {
		int changed = 0;
		for (Tenant company : this.group.companiesOf(top)) {
			changed += SystemActor.callAs(company, SYSTEM_ROLES,
					() -> reevaluate(this.store.namingCounterparties(counterpartyIds), trigger));
		}
		return changed;
	}

	/** Re-evaluates disclosures of the current tenant; saves those that changed. */
	int reevaluate(List<Disclosure> disclosures, Evaluation.Trigger trigger) {
		List<Disclosure> next = this.evaluator.evaluate(disclosures, trigger);
		int changed = 0;
		for (int i = 0; i < next.size(); i++) {
			Disclosure before = disclosures.get(i);
			Disclosure after = next.get(i);
			if (!after.evaluation().differsFrom(before.evaluation()) && after.determiner() == before.determiner()) {
				continue;
			}
			try {
				this.store.save(after);
			}
			catch (org.springframework.dao.OptimisticLockingFailureException ex) {
				// someone changed it meanwhile (a determination, another re-evaluation):
				// the
				// change that caused this one is stored, and theirs evaluated the newer
				// facts
				logger.info("Disclosure {} changed meanwhile; not re-evaluated now", after.id());
				continue;
			}
			changed++;
			if (after.evaluation().outcome() != before.evaluation().outcome()
					|| after.determiner() != before.determiner()) {
				this.notifications.reevaluated(before, after, nameOf(after.discloserPersonId()));
			}
		}
		return changed;
	}

	int reevaluateAsSystem(List<Disclosure> disclosures, Evaluation.Trigger trigger) {
		return SystemActor.callAs(TenantContext.required(), SYSTEM_ROLES, () -> reevaluate(disclosures, trigger));
	}

	@EventListener
	void on(PersonTypeChanged changed) {
		safely(() -> reevaluateAsSystem(this.store.concerning(changed.personId()),
				Evaluation.Trigger.PERSON_TYPE_CHANGED));
	}

	@EventListener
	void on(RelativesChanged changed) {
		safely(() -> {
			reevaluateAsSystem(this.store.concerning(changed.personId()), Evaluation.Trigger.RELATIVES_CHANGED);
			if (changed.relativePersonId() != null) {
				// immediate family is declared by either one: the relative's disclosures
				// too
				reevaluateAsSystem(this.store.concerning(changed.relativePersonId()),
						Evaluation.Trigger.RELATIVES_CHANGED);
			}
		});
	}

	/**
	 * The group's revenue is the top company's: a change re-evaluates the whole group.
	 */
	private void tenantSaved(Tenant tenant) {
		if (tenant.parentKey() != null || tenant.lastFiscalYearRevenue() == null) {
			return;
		}
		Money previous = this.revenues.put(tenant.key(), tenant.lastFiscalYearRevenue());
		if (previous != null && !previous.equals(tenant.lastFiscalYearRevenue())) {
			safely(() -> afterGroupChange(tenant, null, Evaluation.Trigger.REVENUE_CHANGED));
		}
	}

	private String nameOf(String personId) {
		Person person = this.people.findAll(List.of(personId)).get(personId);
		return (person != null) ? person.displayName() : "Someone";
	}

	private static void safely(Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			// the change itself is stored; the next change re-evaluates again
			logger.warn("Disclosures not re-evaluated after a change", ex);
		}
	}

}

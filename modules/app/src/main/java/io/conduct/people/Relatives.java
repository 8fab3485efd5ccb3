package io.conduct.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.platform.graphql.UserErrorCode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * People declare their close relatives and immediate family, as the Code defines them; a
 * tenant administrator may record them on a person's behalf.
 */
@Service
public class Relatives {

	static final int MAX_RELATIVES = 50;

	private final PersonStore store;

	private final PeopleDirectory directory;

	private final AuditTrail audit;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	Relatives(PersonStore store, PeopleDirectory directory, AuditTrail audit, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.store = store;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Person> declareRelative(String personId, Relation relation, String name, String relativePersonId) {
		Optional<Person> found = ownOrAdministered(personId);
		if (found.isEmpty()) {
			return Outcome.rejected("personId", UserErrorCode.NOT_FOUND, "No such person of yours");
		}
		Person person = found.get();
		Validation validation = new Validation();
		if (relation == null) {
			validation.reject("relation", UserErrorCode.REQUIRED, "Required");
		}
		validation.text("name", name, PersonValidation.NAME_LENGTH);
		if (relativePersonId != null) {
			if (relativePersonId.equals(person.id())) {
				validation.reject("relativePersonId", UserErrorCode.INVALID, "A person is not their own relative");
			}
			else if (this.store.findById(relativePersonId).isEmpty()) {
				validation.reject("relativePersonId", UserErrorCode.NOT_FOUND, "No such person");
			}
		}
		if (person.relatives().size() >= MAX_RELATIVES) {
			validation.reject("", UserErrorCode.TOO_MANY, "At most " + MAX_RELATIVES + " relatives");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		List<Relative> relatives = new ArrayList<>(person.relatives());
		relatives.add(new Relative(UUID.randomUUID().toString(), relation, name.trim(), relativePersonId));
		Person declared = this.store.save(person.withRelatives(relatives, this.clock.instant()));
		this.audit.record("person.relative.declare", "Person", personId, Map.of("relation", relation.name()));
		this.events.publishEvent(new RelativesChanged(personId, relativePersonId));
		return Outcome.of(declared);
	}

	/**
	 * Removes a declaration; the person's own or, for an administrator, anyone's. A
	 * declaration the caller may not see is not found.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Person> removeRelative(String personId, String relativeId) {
		Optional<Person> found = ownOrAdministered(personId);
		if (found.isEmpty()) {
			return Outcome.rejected("relativeId", UserErrorCode.NOT_FOUND, "No such relative");
		}
		Person person = found.get();
		List<Relative> relatives = person.relatives().stream().filter((r) -> !r.id().equals(relativeId)).toList();
		if (relatives.size() == person.relatives().size()) {
			return Outcome.rejected("relativeId", UserErrorCode.NOT_FOUND, "No such relative");
		}
		Person removed = this.store.save(person.withRelatives(relatives, this.clock.instant()));
		this.audit.record("person.relative.remove", "Person", personId, Map.of());
		this.events.publishEvent(new RelativesChanged(personId,
				person.relatives()
					.stream()
					.filter((r) -> r.id().equals(relativeId))
					.findFirst()
					.map(Relative::personId)
					.orElse(null)));
		return Outcome.of(removed);
	}

	/**
	 * One of a person's declarations, if the caller may see the person's relatives (the
	 * person themself, or an administrator).
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<Relative> find(String personId, String relativeId) {
		return ownOrAdministered(personId)
			.flatMap((person) -> person.relatives().stream().filter((r) -> r.id().equals(relativeId)).findFirst());
	}

	/**
	 * Whether two people of the tenant are immediate family, by either one's declaration.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public boolean areImmediateFamily(String personId, String otherPersonId) {
		var people = this.store.findAllById(List.of(personId, otherPersonId));
		return people.size() == 2 && people.get(0).isImmediateFamilyOf(people.get(1));
	}

	private Optional<Person> ownOrAdministered(String personId) {
		return this.store.findById(personId).filter(this.directory::canSeeDetails);
	}

}

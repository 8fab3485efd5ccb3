package io.conduct.waivers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Role;
import io.conduct.platform.validation.Validation;
import io.conduct.waivers.WaiverRequest.DecidingBody;
import io.conduct.waivers.WaiverRequest.Recusal;
import io.conduct.waivers.WaiverRequest.RecusalReason;
import io.conduct.waivers.WaiverRequest.Resolution;

import org.springframework.stereotype.Component;

/**
 * Checks a resolution of the Board and makes its record: its members are the tenant's
 * BOARD role holders; the requester and their immediate family (by either one's
 * declaration) are recused and may not be listed as taking part; other members may
 * declare a recusal; a committee decides only where the tenant's settings allow it, and
 * the setting is recorded with the resolution.
 */
@Component
class BoardResolutions {

	static final int MAX_MEMBERS = 50;

	static final int MAX_REFERENCE = 200;

	private final PeopleDirectory people;

	BoardResolutions(PeopleDirectory people) {
		this.people = people;
	}

	/**
	 * Checks the resolution, naming its fields below {@code prefix}.
	 * @param validation where the problems go
	 * @param prefix the input field of the resolution, e.g. {@code resolution}
	 * @param input the resolution as given, person ids local
	 * @param requester whom the decision concerns, recused with their immediate family;
	 * {@code null} for none
	 * @param settings the tenant's waiver settings
	 * @param today the day in the tenant's zone: the resolution is not later
	 * @param notBefore the resolution is not earlier, e.g. the day of the request
	 * @return the resolution's record, or {@code null} when the input has problems
	 */
	Resolution check(Validation validation, String prefix, Input input, Person requester, WaiverSettings settings,
			LocalDate today, LocalDate notBefore) {
		int before = validation.errors().size();
		if (input == null) {
			validation.reject(prefix, UserErrorCode.REQUIRED, "Required");
			return null;
		}
		if (input.resolutionDate() == null) {
			validation.reject(prefix + ".resolutionDate", UserErrorCode.REQUIRED, "Required");
		}
		else if (input.resolutionDate().isAfter(today)) {
			validation.reject(prefix + ".resolutionDate", UserErrorCode.OUT_OF_RANGE, "Must not be in the future");
		}
		else if (notBefore != null && input.resolutionDate().isBefore(notBefore)) {
			validation.reject(prefix + ".resolutionDate", UserErrorCode.OUT_OF_RANGE,
					"Must not be before " + notBefore);
		}
		validation.text(prefix + ".reference", input.reference(), MAX_REFERENCE);
		DecidingBody body = committee(validation, prefix, input.committeeName(), settings);
		Map<String, Person> board = this.people.holdersOf(Role.BOARD)
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a));
		List<Recusal> recusals = new ArrayList<>();
		Set<String> mustStayOut = new HashSet<>();
		if (requester != null) {
			for (Person member : board.values()) {
				if (member.id().equals(requester.id())) {
					recusals.add(new Recusal(member.id(), member.displayName(), RecusalReason.REQUESTER));
					mustStayOut.add(member.id());
				}
				else if (member.isImmediateFamilyOf(requester)) {
					recusals.add(new Recusal(member.id(), member.displayName(), RecusalReason.IMMEDIATE_FAMILY));
					mustStayOut.add(member.id());
				}
			}
		}
		List<String> members = input.memberIds();
		if (members == null || members.isEmpty()) {
			validation.reject(prefix + ".memberIds", UserErrorCode.REQUIRED, "At least one member took part");
			members = List.of();
		}
		else if (!validation.maxItems(prefix + ".memberIds", members, MAX_MEMBERS)) {
			members = List.of();
		}
		Set<String> taking = new HashSet<>();
		for (int i = 0; i < members.size(); i++) {
			String field = prefix + ".memberIds." + i;
			String id = members.get(i);
			if (!board.containsKey(id)) {
				validation.reject(field, UserErrorCode.NOT_BOARD_MEMBER, "Not a member of the Board");
			}
			else if (mustStayOut.contains(id)) {
				validation.reject(field, UserErrorCode.RECUSED_MEMBER, board.get(id).displayName()
						+ " is the requester or in the requester's immediate family and does not take part");
			}
			else if (!taking.add(id)) {
				validation.reject(field, UserErrorCode.INVALID, "Listed twice");
			}
		}
		List<String> declared = (input.declaredRecusalIds() != null) ? input.declaredRecusalIds() : List.of();
		if (validation.maxItems(prefix + ".declaredRecusalIds", declared, MAX_MEMBERS)) {
			for (int i = 0; i < declared.size(); i++) {
				String field = prefix + ".declaredRecusalIds." + i;
				String id = declared.get(i);
				if (!board.containsKey(id)) {
					validation.reject(field, UserErrorCode.NOT_BOARD_MEMBER, "Not a member of the Board");
				}
				else if (taking.contains(id)) {
					validation.reject(field, UserErrorCode.INVALID, "Listed as taking part too");
				}
				else if (!mustStayOut.contains(id)
						&& recusals.stream().noneMatch((r) -> r.memberPersonId().equals(id))) {
					recusals.add(new Recusal(id, board.get(id).displayName(), RecusalReason.DECLARED));
				}
			}
		}
		if (validation.errors().size() > before) {
			return null;
		}
		return new Resolution(input.resolutionDate(), input.reference().strip(), body,
				(body == DecidingBody.BOARD_COMMITTEE) ? settings.committeeName() : null,
				settings.boardCommitteeMayDecide(), members, recusals);
	}

	private static DecidingBody committee(Validation validation, String prefix, String committeeName,
			WaiverSettings settings) {
		if (committeeName == null) {
			return DecidingBody.BOARD;
		}
		if (!validation.text(prefix + ".committeeName", committeeName, MAX_REFERENCE)) {
			return DecidingBody.BOARD;
		}
		if (!settings.boardCommitteeMayDecide()) {
			validation.reject(prefix + ".committeeName", UserErrorCode.COMMITTEE_NOT_ALLOWED,
					"The tenant does not let a committee of the Board decide; the Board itself decides");
		}
		else if (!committeeName.strip().equalsIgnoreCase(settings.committeeName())) {
			validation.reject(prefix + ".committeeName", UserErrorCode.COMMITTEE_NOT_ALLOWED,
					"The committee that may decide is " + settings.committeeName());
		}
		return DecidingBody.BOARD_COMMITTEE;
	}

	/**
	 * A resolution as given.
	 *
	 * @param resolutionDate its day
	 * @param reference the minutes' reference
	 * @param memberIds the members who took part (local person ids)
	 * @param declaredRecusalIds other members who recused themselves
	 * @param committeeName the committee that decided, or {@code null} for the Board
	 */
	record Input(LocalDate resolutionDate, String reference, List<String> memberIds, List<String> declaredRecusalIds,
			String committeeName) {
	}

}

package io.conduct.waivers;

import java.util.List;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.validation.Outcome;
import io.conduct.waivers.WaiverGraphQl.CodeSectionWaivabilitySetInput;
import io.conduct.waivers.WaiverGraphQl.CodeSectionWaivabilitySetPayload;
import io.conduct.waivers.WaiverGraphQl.WaiverSettingsUpdateInput;
import io.conduct.waivers.WaiverGraphQl.WaiverSettingsUpdatePayload;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Which sections of the Code admit an exception, and the tenant's waiver settings. */
@Controller
class WaiverCodeController {

	private final SectionWaivability waivability;

	private final WaiverSettingsService settings;

	private final PeopleDirectory people;

	WaiverCodeController(SectionWaivability waivability, WaiverSettingsService settings, PeopleDirectory people) {
		this.waivability = waivability;
		this.settings = settings;
		this.people = people;
	}

	@QueryMapping
	List<SectionWaivability.View> codeSectionWaivability(@Argument String codeVersionId) {
		return this.waivability.of(codeVersionId, callerLanguage()).orElse(List.of());
	}

	@MutationMapping
	CodeSectionWaivabilitySetPayload codeSectionWaivabilitySet(@Argument CodeSectionWaivabilitySetInput input) {
		Outcome<List<SectionWaivability.View>> outcome = this.waivability.set(input.codeVersionId(), input.sectionKey(),
				input.waivable(), input.reason(), callerLanguage());
		return new CodeSectionWaivabilitySetPayload(outcome.value(), outcome.userErrors());
	}

	@QueryMapping
	WaiverSettings waiverSettings() {
		return this.settings.current();
	}

	@MutationMapping
	WaiverSettingsUpdatePayload waiverSettingsUpdate(@Argument WaiverSettingsUpdateInput input) {
		Outcome<WaiverSettings> outcome = this.settings.update(input.boardCommitteeMayDecide(), input.committeeName(),
				input.implicitWaiverPromptDays());
		return new WaiverSettingsUpdatePayload(outcome.value(), outcome.userErrors());
	}

	private String callerLanguage() {
		return this.people.findCaller().map(Person::locale).orElse(null);
	}

}

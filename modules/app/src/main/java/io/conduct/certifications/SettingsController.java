package io.conduct.certifications;

import java.util.List;

import io.conduct.platform.graphql.UserError;
import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The tenant's certification calendar and escalation ladder.
 */
@Controller
class SettingsController {

	private final CertificationCalendar calendar;

	SettingsController(CertificationCalendar calendar) {
		this.calendar = calendar;
	}

	@QueryMapping
	CertificationSettings certificationSettings() {
		return this.calendar.currentSettings();
	}

	@MutationMapping
	CertificationSettingsUpdatePayload certificationSettingsUpdate(
			@Argument CertificationCalendar.SettingsChanges input) {
		Outcome<CertificationSettings> outcome = this.calendar.updateSettings(input);
		return new CertificationSettingsUpdatePayload(outcome.value(), outcome.userErrors());
	}

	/**
	 * The result of certificationSettingsUpdate.
	 *
	 * @param settings the settings
	 * @param userErrors what to fix
	 */
	record CertificationSettingsUpdatePayload(CertificationSettings settings, List<UserError> userErrors) {
	}

}

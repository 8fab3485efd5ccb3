package io.conduct.waivers;

import java.time.Clock;
import java.util.Map;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The tenant's waiver settings: the defaults ({@code conduct.waivers.*}) until its
 * CFO/CAO or administrator changes them, audited with the values before and after. Read
 * and written by id, so no other index is needed.
 */
@Service
class WaiverSettingsService {

	static final int MAX_COMMITTEE_NAME = 200;

	private final MongoTemplate tenantData;

	private final AuditTrail audit;

	private final Clock clock;

	private final WaiverSettings defaults;

	WaiverSettingsService(MongoTemplate tenantData, AuditTrail audit, Clock clock,
			@Value("${conduct.waivers.implicit-waiver-prompt-days:30}") int implicitWaiverPromptDays) {
		this.tenantData = tenantData;
		this.audit = audit;
		this.clock = clock;
		this.defaults = new WaiverSettings(WaiverSettings.ID, false, null, implicitWaiverPromptDays, null, null);
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public WaiverSettings current() {
		return currentForSystem();
	}

	/** The settings, for work that checked its roles already. */
	WaiverSettings currentForSystem() {
		TenantContext.required();
		WaiverSettings stored = this.tenantData.findById(WaiverSettings.ID, WaiverSettings.class);
		return (stored != null) ? stored : this.defaults;
	}

	@PreAuthorize("hasAnyRole('CFO_CAO', 'TENANT_ADMIN')")
	public Outcome<WaiverSettings> update(Boolean boardCommitteeMayDecide, String committeeName,
			Integer implicitWaiverPromptDays) {
		Validation validation = new Validation();
		if (boardCommitteeMayDecide == null) {
			validation.reject("boardCommitteeMayDecide", UserErrorCode.REQUIRED, "Required");
		}
		if (Boolean.TRUE.equals(boardCommitteeMayDecide)) {
			validation.text("committeeName", committeeName, MAX_COMMITTEE_NAME);
		}
		else if (committeeName != null) {
			validation.reject("committeeName", UserErrorCode.INVALID, "Only when a committee may decide");
		}
		validation.range("implicitWaiverPromptDays", implicitWaiverPromptDays, 1, 365);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		WaiverSettings before = currentForSystem();
		WaiverSettings saved = this.tenantData.save(new WaiverSettings(WaiverSettings.ID, boardCommitteeMayDecide,
				boardCommitteeMayDecide ? committeeName.strip() : null, implicitWaiverPromptDays, this.clock.instant(),
				CurrentUser.required().getName()));
		this.audit.record("waiver.settings.update", "WaiverSettings", TenantContext.required().key(),
				Map.of("before", before.describe(), "after", saved.describe()));
		return Outcome.of(saved);
	}

}

package io.conduct.certifications;

import java.util.Optional;

import io.conduct.disclosures.Disclosure;
import io.conduct.disclosures.DisclosureConfirmation;
import io.conduct.disclosures.Disclosures;
import io.conduct.people.Person;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The annual disclosure round rides on the annual certification campaign: certifying in
 * it includes confirming that one's conflict-of-interest disclosures are current, or
 * saying what changed, which becomes a disclosure for one's determiner (the CFO/CAO, or
 * the Board for an executive officer or a director). The on-hire and ad hoc campaigns,
 * and certifications outside any campaign, do not ask.
 */
@Component
class DisclosureRound {

	private static final Logger logger = LoggerFactory.getLogger(DisclosureRound.class);

	private final Disclosures disclosures;

	DisclosureRound(Disclosures disclosures) {
		this.disclosures = disclosures;
	}

	/** Whether certifying for the campaign includes the statement on disclosures. */
	static boolean asks(CertificationCampaign campaign) {
		return campaign.kind() == CertificationCampaign.Kind.ANNUAL;
	}

	/** What the user must fix in the statement, or in its absence. */
	static void check(Optional<CertificationCampaign> campaign, Statement statement, Validation validation) {
		if (!campaign.map(DisclosureRound::asks).orElse(false)) {
			if (statement != null) {
				validation.reject("disclosures", UserErrorCode.NOT_ASKED,
						"Only the annual campaign asks you to confirm your disclosures; leave it out");
			}
			return;
		}
		if (statement == null) {
			validation.reject("disclosures", UserErrorCode.DISCLOSURES_UNCONFIRMED,
					"The annual certification confirms that your conflict-of-interest disclosures are current,"
							+ " or says what changed");
			return;
		}
		validation.optionalText("disclosures.changes", statement.changes(), Disclosures.DESCRIPTION_LENGTH);
		if (statement.current() && statement.hasChanges()) {
			validation.reject("disclosures.changes", UserErrorCode.INVALID,
					"Either your disclosures are current, or say what changed: not both");
		}
		else if (!statement.current() && !statement.hasChanges()) {
			validation.reject("disclosures.changes", UserErrorCode.DISCLOSURES_UNCONFIRMED,
					"Say what changed, or confirm that your disclosures are current");
		}
	}

	/**
	 * Records the statement of a checked certification: what changed becomes a
	 * disclosure, then the disclosures are confirmed current for the campaign's year.
	 */
	void confirm(CertificationCampaign campaign, Person signer, Statement statement) {
		if (!asks(campaign) || statement == null) {
			return;
		}
		if (statement.hasChanges()) {
			Outcome<Disclosure> opened = this.disclosures.openFromCertificationException(signer.id(),
					statement.changes().strip());
			if (!opened.isSuccess()) {
				logger.warn("The changes stated in campaign {} opened no disclosure: {}", campaign.id(),
						opened.userErrors());
				return;
			}
		}
		Outcome<DisclosureConfirmation> confirmed = this.disclosures.confirmCurrent(signer.id(), campaign.annualYear());
		if (!confirmed.isSuccess()) {
			logger.warn("The disclosures were not confirmed in campaign {}: {}", campaign.id(), confirmed.userErrors());
		}
	}

	/**
	 * What the signer says of their conflict-of-interest disclosures.
	 *
	 * @param current they are current
	 * @param changes what changed, when they are not
	 */
	record Statement(boolean current, String changes) {

		boolean hasChanges() {
			return this.changes != null && !this.changes.isBlank();
		}

	}

}

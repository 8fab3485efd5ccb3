package io.conduct.certifications;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's certification that they received and read, understood, and complied and will
 * comply with the Code, bound to the exact version, language and text they were shown.
 *
 * @param id the id
 * @param versionId the version certified
 * @param versionNumber its number
 * @param language the language shown
 * @param contentHash the hash of the text shown
 * @param subject the signer's authenticated identity
 * @param personId the signer's directory entry, if any
 * @param printedName the printed name
 * @param signature the typed signature
 * @param openedAt when the text was opened
 * @param certifiedAt when it was signed
 * @param exception a disclosure made instead of a plain certification, for the CFO/CAO
 * @param status completed, or with an exception raised to the CFO/CAO
 * @param campaignId the campaign it answers, if any
 * @param scope what it settles, unique per signer: an assignment, or the version for a
 * certification outside any campaign
 * @param resolution how the CFO/CAO (or the Audit Committee) settled an exception
 * @param additionId the tenant's additions shown with the version, if any
 * @param additionNumber their number
 * @param byCfoCao whether the signer held the CFO/CAO role: the Audit Committee resolves
 * such exceptions
 */
@Document("certifications")
public record Certification(@Id String id, String versionId, int versionNumber, String language, String contentHash,
		String subject, String personId, String printedName, String signature, Instant openedAt, Instant certifiedAt,
		String exception, Status status, String campaignId, String scope, Resolution resolution, String additionId,
		Integer additionNumber, boolean byCfoCao) {

	/**
	 * Outside a campaign, a text (the version and the additions shown) is certified once.
	 */
	static String voluntaryScope(String versionId, String additionId) {
		return "version:" + versionId + ((additionId != null) ? "+" + additionId : "");
	}

	/** Where a certification stands. */
	public enum Status {

		COMPLETED, EXCEPTION_RAISED

	}

	/**
	 * The CFO/CAO's decision on an exception.
	 *
	 * @param outcome cleared, or referred for investigation
	 * @param note what was decided and why
	 * @param by who decided
	 * @param at when
	 */
	public record Resolution(Outcome outcome, String note, String by, Instant at) {

		/** What the CFO/CAO decided. */
		public enum Outcome {

			CLEARED, REFERRED_FOR_INVESTIGATION

		}

	}

}

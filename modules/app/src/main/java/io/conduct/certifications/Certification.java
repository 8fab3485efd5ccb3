package io.conduct.certifications;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A person's certification that they received and read, understood, and complied and will
 * comply with the Code, bound to the exact version, language and text they were shown.
 * Its fields come in named groups, each stored unwrapped, so the document keeps one flat
 * field per value and a new field touches one group.
 *
 * @param id the id
 * @param text what was certified: the version, the tenant's additions, the language and
 * the hash of the text shown
 * @param signer who signed
 * @param signing the signature and when
 * @param settles what it settles: the campaign answered and its scope
 * @param result completed or with an exception, and how the exception was resolved
 */
@Document("certifications")
record Certification(@Id String id, @Unwrapped.Empty Text text, @Unwrapped.Empty Signer signer,
		@Unwrapped.Empty Signing signing, @Unwrapped.Empty Settles settles, @Unwrapped.Empty Result result) {

	/**
	 * Outside a campaign, a text (the version and the additions shown) is certified once.
	 */
	static String voluntaryScope(String versionId, String additionId) {
		return "version:" + versionId + ((additionId != null) ? "+" + additionId : "");
	}

	/**
	 * The text certified.
	 *
	 * @param versionId the version certified
	 * @param versionNumber its number
	 * @param additionId the tenant's additions shown with the version, if any
	 * @param additionNumber their number
	 * @param language the language shown
	 * @param contentHash the hash of the text shown
	 */
	record Text(String versionId, int versionNumber, String additionId, Integer additionNumber, String language,
			String contentHash) {
	}

	/**
	 * Who signed.
	 *
	 * @param subject the signer's authenticated identity
	 * @param personId the signer's directory entry, if any
	 * @param byCfoCao whether the signer held the CFO/CAO role: the Audit Committee
	 * resolves such exceptions
	 * @param executiveOrDirector whether the directory had the signer as an executive
	 * officer or a director: the Board resolves such exceptions, never the CFO/CAO
	 */
	record Signer(String subject, String personId, boolean byCfoCao, boolean executiveOrDirector) {
	}

	/**
	 * The signature.
	 *
	 * @param printedName the printed name
	 * @param signature the typed signature
	 * @param openedAt when the text was opened
	 * @param certifiedAt when it was signed
	 */
	record Signing(String printedName, String signature, Instant openedAt, Instant certifiedAt) {
	}

	/**
	 * What a certification settles.
	 *
	 * @param campaignId the campaign it answers, if any
	 * @param scope unique per signer: an assignment, or the version for a certification
	 * outside any campaign
	 */
	record Settles(String campaignId, String scope) {
	}

	/**
	 * How a certification came out.
	 *
	 * @param status completed, or with an exception raised to its reviewer
	 * @param exception a disclosure made instead of a plain certification
	 * @param disclosureId the conflict-of-interest disclosure the exception opened, if
	 * the signer has a directory entry
	 * @param resolution how the reviewer (the CFO/CAO, the Audit Committee or the Board)
	 * settled the exception
	 */
	record Result(Status status, String exception, String disclosureId, Resolution resolution) {
	}

	public String versionId() {
		return this.text.versionId();
	}

	public int versionNumber() {
		return this.text.versionNumber();
	}

	public String additionId() {
		return this.text.additionId();
	}

	public Integer additionNumber() {
		return this.text.additionNumber();
	}

	public String language() {
		return this.text.language();
	}

	public String contentHash() {
		return this.text.contentHash();
	}

	public String subject() {
		return this.signer.subject();
	}

	public String personId() {
		return this.signer.personId();
	}

	public boolean byCfoCao() {
		return this.signer.byCfoCao();
	}

	public boolean executiveOrDirector() {
		return this.signer.executiveOrDirector();
	}

	public String printedName() {
		return this.signing.printedName();
	}

	public String signature() {
		return this.signing.signature();
	}

	public Instant openedAt() {
		return this.signing.openedAt();
	}

	public Instant certifiedAt() {
		return this.signing.certifiedAt();
	}

	public String campaignId() {
		return this.settles.campaignId();
	}

	public String scope() {
		return this.settles.scope();
	}

	public Status status() {
		return this.result.status();
	}

	public String exception() {
		return this.result.exception();
	}

	public String disclosureId() {
		return this.result.disclosureId();
	}

	public Resolution resolution() {
		return this.result.resolution();
	}

	public boolean raisedException() {
		return this.result.status() == Status.EXCEPTION_RAISED;
	}

	/** Where a certification stands. */
	enum Status {

		COMPLETED, EXCEPTION_RAISED

	}

	/**
	 * The reviewer's decision on an exception.
	 *
	 * @param outcome cleared, or referred for investigation
	 * @param note what was decided and why
	 * @param by who decided
	 * @param at when
	 */
	record Resolution(Outcome outcome, String note, String by, Instant at) {

		/** What the reviewer decided. */
		enum Outcome {

			CLEARED, REFERRED_FOR_INVESTIGATION

		}

	}

}

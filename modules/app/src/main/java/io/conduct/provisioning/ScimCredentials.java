package io.conduct.provisioning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.mongo.TenantDatabaseSetup;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The tenant's SCIM bearer credential: its administrator issues it, sees the secret once,
 * and rotates it (the previous secret stops working at once). Only a hash is stored;
 * issuing and rotating are audited, the secret never is.
 */
@Service
public class ScimCredentials implements TenantDatabaseSetup {

	static final String PREFIX = "scim_";

	private static final int LABEL_LENGTH = 100;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoTemplate tenantData;

	private final AuditTrail audit;

	private final Clock clock;

	ScimCredentials(MongoTemplate tenantData, AuditTrail audit, Clock clock) {
		this.tenantData = tenantData;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void prepare(MongoOperations tenantDatabase) {
		// one document by _id: no further index
	}

	/** The current credential, without its secret. */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public Optional<ScimCredential> current() {
		return stored().map(ScimCredentials::view);
	}

	/** Issues the tenant's first credential; a tenant that has one rotates it. */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public Outcome<Issued> issue(String label) {
		Validation validation = new Validation();
		validation.text("label", label, LABEL_LENGTH);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		if (stored().isPresent()) {
			return Outcome.rejected("label", UserErrorCode.CONFLICT,
					"The tenant has a SCIM credential already: rotate it to get a new secret");
		}
		String secret = newSecret();
		StoredScimCredential credential = credential(label.trim(), secret);
		try {
			this.tenantData.insert(credential);
		}
		catch (DuplicateKeyException ex) {
			return Outcome.rejected("label", UserErrorCode.CONFLICT,
					"The tenant has a SCIM credential already: rotate it to get a new secret");
		}
		this.audit.record("scim.credential.issue", ScimCredential.GRAPHQL_TYPE, credential.credentialId(),
				Map.of("label", credential.label(), "hint", credential.hint()));
		return Outcome.of(new Issued(view(credential), secret));
	}

	/**
	 * A new secret for the credential named, which must be the current one; the old
	 * secret is refused from now on.
	 */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public Outcome<Issued> rotate(String credentialId) {
		Optional<StoredScimCredential> current = stored().filter((c) -> c.credentialId().equals(credentialId));
		if (current.isEmpty()) {
			return Outcome.rejected("scimCredentialId", UserErrorCode.NOT_FOUND,
					"No such SCIM credential: it was rotated already, or never issued");
		}
		String secret = newSecret();
		StoredScimCredential replacement = credential(current.get().label(), secret);
		StoredScimCredential replaced = this.tenantData.findAndReplace(Query.query(Criteria.where("_id")
			.is(StoredScimCredential.CURRENT)
			.and("credentialId")
			.is(current.get().credentialId())), replacement, FindAndReplaceOptions.none());
		if (replaced == null) {
			return Outcome.rejected("scimCredentialId", UserErrorCode.NOT_FOUND,
					"The SCIM credential was rotated meanwhile");
		}
		this.audit.record("scim.credential.rotate", ScimCredential.GRAPHQL_TYPE, replacement.credentialId(),
				Map.of("previousCredentialId", replaced.credentialId(), "hint", replacement.hint()));
		return Outcome.of(new Issued(view(replacement), secret));
	}

	/**
	 * The credential a presented secret is, in the current tenant; empty when it is not
	 * the tenant's current secret. Compares in constant time.
	 */
	Optional<StoredScimCredential> authenticate(String presented) {
		if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
			return Optional.empty();
		}
		byte[] hash = HexFormat.of().parseHex(hash(presented));
		return stored().filter((c) -> MessageDigest.isEqual(HexFormat.of().parseHex(c.secretHash()), hash));
	}

	private Optional<StoredScimCredential> stored() {
		return Optional.ofNullable(this.tenantData.findById(StoredScimCredential.CURRENT, StoredScimCredential.class));
	}

	private StoredScimCredential credential(String label, String secret) {
		return new StoredScimCredential(StoredScimCredential.CURRENT, UUID.randomUUID().toString(), label, hash(secret),
				secret.substring(secret.length() - 4), this.clock.instant(), CurrentUser.required().getName());
	}

	private static ScimCredential view(StoredScimCredential credential) {
		return new ScimCredential(credential.credentialId(), credential.label(), credential.hint(),
				credential.issuedAt(), credential.issuedBy(), "/scim/v2/" + TenantContext.required().key());
	}

	private static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A credential just issued or rotated.
	 *
	 * @param credential the credential
	 * @param secret the bearer secret, shown this once
	 */
	public record Issued(ScimCredential credential, String secret) {
	}

}

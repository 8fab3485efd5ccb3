package io.conduct.cases;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import io.conduct.platform.validation.Validation;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.crypto.RecordKey;
import io.conduct.platform.crypto.RecordKeys;
import org.bson.Document;
import org.bson.types.ObjectId;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

/**
 * Files of reports and messages, in the tenant's GridFS. Their type is decided by their
 * bytes, not by their name or a declared type; only PDF, PNG, JPEG and plain text are
 * accepted.
 */
@Component
class Attachments {

	/** The name every file has in GridFS: its own name is sealed in the case. */
	static final String STORED_NAME = "sealed";

	private final MongoDatabaseFactory tenantDatabases;

	private final CaseContent content;

	Attachments(MongoDatabaseFactory tenantDatabases, RecordKeys keys) {
		this.tenantDatabases = tenantDatabases;
		this.content = new CaseContent(keys);
	}

	/**
	 * The current tenant's bucket, made for each use: a GridFsTemplate would keep the
	 * database of the first tenant it served.
	 */
	private GridFSBucket bucket() {
		return GridFSBuckets.create(this.tenantDatabases.getMongoDatabase());
	}

	/**
	 * Decodes and checks files, reporting problems under {@code field}; nothing is
	 * stored.
	 */
	List<Checked> check(Validation validation, String field, List<ReportInput.AttachmentInput> inputs) {
		List<Checked> checked = new ArrayList<>();
		if (!validation.maxItems(field, inputs, CaseLimits.ATTACHMENTS)) {
			return checked;
		}
		for (int i = 0; i < inputs.size(); i++) {
			ReportInput.AttachmentInput input = inputs.get(i);
			String at = field + "." + i;
			if (!validation.text(at + ".fileName", input.fileName(), CaseLimits.NAME)) {
				continue;
			}
			String base64 = (input.contentBase64() != null) ? input.contentBase64() : "";
			if (base64.length() > (CaseLimits.ATTACHMENT_BYTES / 3 + 1) * 4 + 4) {
				validation.reject(at + ".contentBase64", UserErrorCode.TOO_LARGE, "At most 10 MiB a file");
				continue;
			}
			byte[] bytes;
			try {
				bytes = Base64.getDecoder().decode(base64);
			}
			catch (IllegalArgumentException ex) {
				validation.reject(at + ".contentBase64", UserErrorCode.INVALID, "Must be base64");
				continue;
			}
			if (bytes.length == 0 || bytes.length > CaseLimits.ATTACHMENT_BYTES) {
				validation.reject(at + ".contentBase64", UserErrorCode.TOO_LARGE, "Between 1 byte and 10 MiB a file");
				continue;
			}
			String type = contentType(bytes);
			if (type == null) {
				validation.reject(at + ".contentBase64", UserErrorCode.UNSUPPORTED_TYPE,
						"Only PDF, PNG, JPEG and plain text files are accepted");
				continue;
			}
			checked.add(new Checked(input.fileName().trim(), type, bytes));
		}
		return checked;
	}

	/**
	 * Stores files of a case sealed with the case's key: GridFS holds neither their names
	 * nor their bytes in the clear.
	 */
	List<Attachment> store(String caseId, List<Checked> checked) {
		List<Attachment> stored = new ArrayList<>();
		RecordKey key = checked.isEmpty() ? null : this.content.keyFor(caseId);
		for (Checked file : checked) {
			ObjectId id = bucket().uploadFromStream(STORED_NAME,
					new ByteArrayInputStream(key.sealBytes(file.bytes(), FILE_FIELD)), new GridFSUploadOptions()
						.metadata(new Document("caseId", caseId).append("contentType", file.contentType())));
			stored.add(new Attachment(id.toHexString(), file.fileName(), file.contentType(), file.bytes().length));
		}
		return stored;
	}

	/** Removes files stored for a case that could not be saved. */
	void delete(List<Attachment> attachments) {
		for (Attachment attachment : attachments) {
			bucket().delete(new ObjectId(attachment.id()));
		}
	}

	/** Removes every file of a case (deleted under its retention schedule). */
	void deleteOfCase(String caseId) {
		GridFSBucket bucket = bucket();
		List<ObjectId> ids = new ArrayList<>();
		bucket.find(new Document("metadata.caseId", caseId)).forEach((file) -> ids.add(file.getObjectId()));
		ids.forEach(bucket::delete);
	}

	/** A file of a case, opened with the case's key. */
	byte[] read(String caseId, String id) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bucket().downloadToStream(new ObjectId(id), bytes);
		return this.content.keyFor(caseId).openBytes(bytes.toByteArray(), FILE_FIELD);
	}

	private static final String FILE_FIELD = "attachment.bytes";

	static String contentType(byte[] bytes) {
		if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return "application/pdf";
		}
		if (startsWith(bytes, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' })) {
			return "image/png";
		}
		if (startsWith(bytes, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return "image/jpeg";
		}
		return isPlainText(bytes) ? "text/plain" : null;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean isPlainText(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.chars().allMatch((c) -> c >= 0x20 || c == '\t' || c == '\n' || c == '\r');
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/**
	 * A file that passed the checks.
	 *
	 * @param fileName its name
	 * @param contentType the type of its bytes
	 * @param bytes its content
	 */
	record Checked(String fileName, String contentType, byte[] bytes) {
	}

}

package io.conduct.cases;

import java.util.List;

/**
 * A file of a case as clients see it.
 *
 * @param id the global id, naming the case
 * @param fileName its name
 * @param contentType the type of its bytes
 * @param size its size in bytes
 */
record CaseAttachment(String id, String fileName, String contentType, long size) {

	static final String TYPE = "CaseAttachment";

	static CaseAttachment of(String caseId, Attachment file) {
		return new CaseAttachment(CaseIds.item(TYPE, caseId, file.id()), file.fileName(), file.contentType(),
				file.size());
	}

	static List<CaseAttachment> of(String caseId, List<Attachment> files) {
		return files.stream().map((file) -> of(caseId, file)).toList();
	}

}

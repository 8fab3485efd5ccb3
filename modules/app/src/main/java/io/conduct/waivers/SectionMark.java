package io.conduct.waivers;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The group's CFO/CAO's mark on a section of a version of the group's Code: whether it
 * admits an exception. Kept in the control database beside the Code, since every tenant
 * of the group reads it. A mark holds for later versions on the section with the same key
 * until a later mark changes it.
 *
 * @param id {@code <group>:<version number>:<section index>}
 * @param groupKey the group's top tenant
 * @param versionId the version marked
 * @param versionNumber its number
 * @param sectionIndex the section's position
 * @param sectionKeys the section's keys in every translation of the version
 * @param heading its heading when marked
 * @param waivable whether an exception may be asked for
 * @param reason why not
 * @param markedAt when
 * @param markedBy who
 */
@Document("waiver_section_marks")
record SectionMark(@Id String id, String groupKey, String versionId, int versionNumber, int sectionIndex,
		List<String> sectionKeys, String heading, boolean waivable, String reason, Instant markedAt, String markedBy) {

	SectionMark {
		sectionKeys = List.copyOf(sectionKeys);
	}

}

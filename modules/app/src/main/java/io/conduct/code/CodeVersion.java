package io.conduct.code;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A version of a group's Code, with its translations. Amending publishes a new version;
 * earlier versions stay readable. Kept in the control database: the group's tenants share
 * it.
 *
 * @param id the id ({@code <group>-v<number>})
 * @param groupKey the group's top tenant
 * @param number 1, 2, ...
 * @param effectiveDate from when it applies
 * @param changeSummary what changed
 * @param translations the text in each language
 * @param publishedAt when it was published
 * @param publishedBy who published it
 * @param boardResolution the Board's resolution that made the amendment, where it touches
 * sections that apply to executive officers or directors; {@code null} otherwise
 */
@Document("code_versions")
public record CodeVersion(@Id String id, String groupKey, int number, LocalDate effectiveDate, String changeSummary,
		List<Translation> translations, Instant publishedAt, String publishedBy, BoardResolution boardResolution) {

	/** The GraphQL type whose global ids name versions. */
	public static final String GRAPHQL_TYPE = "CodeVersion";

	public CodeVersion {
		translations = (translations != null) ? List.copyOf(translations) : List.of();
	}

	public Optional<Translation> in(String language) {
		return this.translations.stream().filter((t) -> t.language().equals(language)).findFirst();
	}

	/**
	 * The Code in one language.
	 *
	 * @param language BCP 47 language code
	 * @param title the title
	 * @param sections the sections, in order
	 * @param contentHash SHA-256 of the exact text, to bind certifications to it
	 */
	public record Translation(String language, String title, List<Section> sections, String contentHash) {

		public Translation {
			sections = (sections != null) ? List.copyOf(sections) : List.of();
		}

	}

	/**
	 * A section of the Code.
	 *
	 * @param key a stable key, e.g. {@code conflicts-of-interest}
	 * @param heading the heading
	 * @param body the text
	 * @param appliesToExecutiveOfficersOrDirectors whether it applies to executive
	 * officers or directors, as its publisher stated: changing it is made only by the
	 * Board
	 */
	public record Section(String key, String heading, String body, boolean appliesToExecutiveOfficersOrDirectors) {

		/**
		 * A section that does not apply to executive officers or directors in particular.
		 */
		public Section(String key, String heading, String body) {
			this(key, heading, body, false);
		}

		/**
		 * A section as stored: versions published before the flag existed have none, and
		 * read as not applying to executive officers or directors in particular.
		 */
		@PersistenceCreator
		static Section stored(String key, String heading, String body, Boolean appliesToExecutiveOfficersOrDirectors) {
			return new Section(key, heading, body, Boolean.TRUE.equals(appliesToExecutiveOfficersOrDirectors));
		}

	}

	/**
	 * The Board's resolution that made an amendment.
	 *
	 * @param resolutionDate its day
	 * @param reference the minutes' reference
	 * @param committeeName the committee that decided, if not the whole Board
	 * @param memberPersonIds the members who took part (people of the group's top
	 * company)
	 * @param recusedPersonIds the members who recused themselves
	 * @param sections the headings of the sections applying to executive officers or
	 * directors that the amendment touches
	 */
	public record BoardResolution(LocalDate resolutionDate, String reference, String committeeName,
			List<String> memberPersonIds, List<String> recusedPersonIds, List<String> sections) {

		public BoardResolution {
			memberPersonIds = List.copyOf(memberPersonIds);
			recusedPersonIds = List.copyOf(recusedPersonIds);
			sections = List.copyOf(sections);
		}

	}

}

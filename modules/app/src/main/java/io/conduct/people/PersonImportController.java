package io.conduct.people;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Bulk imports of people: starting one, following it, its refused rows page by page, and
 * {@code node(id:)} for imports (administrators only, as the query).
 */
@Controller
class PersonImportController implements NodeLoader {

	static final String TYPE = "PersonImport";

	private final PersonImports imports;

	PersonImportController(PersonImports imports) {
		this.imports = imports;
	}

	@Override
	public String typeName() {
		return TYPE;
	}

	@Override
	public Optional<Object> load(String localId) {
		return this.imports.find(localId).map(Object.class::cast);
	}

	@MutationMapping
	PersonImportStartPayload personImportStart(@Argument PersonImportStartInput input) {
		Outcome<PersonImport> outcome = this.imports.start(input.csv());
		return new PersonImportStartPayload(outcome.value(), outcome.userErrors());
	}

	@QueryMapping
	PersonImport personImport(@Argument String id) {
		return GlobalId.localIdOf(id, TYPE).flatMap(this.imports::find).orElse(null);
	}

	@SchemaMapping(typeName = TYPE, field = "id")
	String id(PersonImport personImport) {
		return GlobalId.encode(TYPE, personImport.id());
	}

	/** The refused rows are kept in the import's own document: a page is cut from it. */
	@SchemaMapping(typeName = TYPE, field = "rowErrors")
	Connection<PersonImport.RowError> rowErrors(PersonImport personImport, @Argument Integer first,
			@Argument String after) {
		List<PersonImport.RowError> byLine = personImport.rowErrors()
			.stream()
			.sorted(Comparator.comparingInt(PersonImport.RowError::line))
			.toList();
		return Connection.slice(byLine, Paging.of(first, after), (row) -> String.format("%09d", row.line()));
	}

	/**
	 * The result of personImportStart.
	 *
	 * @param personImport the import, running
	 * @param userErrors what to fix
	 */
	record PersonImportStartPayload(PersonImport personImport, List<UserError> userErrors) {
	}

	record PersonImportStartInput(String csv) {
	}

}

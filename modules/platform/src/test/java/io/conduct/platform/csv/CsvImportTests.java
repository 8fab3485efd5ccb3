package io.conduct.platform.csv;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvImportTests {

	@Test
	void rowsKeepTheirLineAndBlankValuesAreAbsent() {
		String csv = "b,a\n1, \n\n\"x, y\",2\n";

		List<String> rows = CsvImport.read(csv,
				(row) -> row.line() + ":" + row.value("a") + ":" + row.value("b") + ":" + row.value("missing"));

		assertThat(rows).containsExactly("2:null:1:null", "3:2:x, y:null");
	}

	@Test
	void theMissingRequiredColumnsAreNamedInOrder() {
		assertThat(CsvImport.missingColumns("name,kinds\n", List.of("ownership", "name", "externalId")))
			.containsExactly("externalId", "ownership");
		assertThat(CsvImport.missingColumns("", List.of("b", "a"))).containsExactly("a", "b");
	}

}

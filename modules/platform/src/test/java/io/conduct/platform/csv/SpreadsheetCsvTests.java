package io.conduct.platform.csv;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCsvTests {

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
		String csv = SpreadsheetCsv.write(List.of("name", "note", "count"),
				List.of(List.of("=HYPERLINK(\"http://evil\")", "+1 call me", 3), List.of("@SUM(A1)", "-", 4),
						Arrays.asList("Ada Lovelace", null, -5)));

		assertThat(csv.lines().toList()).containsExactly("name,note,count",
				"\"'=HYPERLINK(\"\"http://evil\"\")\",'+1 call me,3", "'@SUM(A1),'-,4", "Ada Lovelace,,-5");
	}

}

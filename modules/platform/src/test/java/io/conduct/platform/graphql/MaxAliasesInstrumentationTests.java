package io.conduct.platform.graphql;

import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaxAliasesInstrumentationTests {

	@Test
	void countsAliasesInOperationsAndFragments() {
		var document = Parser.parse("""
				query { a: viewer { b: subject } viewer { ...F } }
				fragment F on Viewer { c: name d: email roles }
				""");

		assertThat(MaxAliasesInstrumentation.countAliases(document)).isEqualTo(4);
	}

}

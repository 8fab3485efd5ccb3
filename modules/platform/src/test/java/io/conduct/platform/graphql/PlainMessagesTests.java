package io.conduct.platform.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainMessagesTests {

	@Test
	void aMissingFieldOfAnInputLiteralIsNamedPlainly() {
		assertThat(PlainMessages
			.of("Validation error (WrongType@[caseClose]) : argument 'input' with value 'ObjectValue{objectFields=[ObjectField{name='caseId', value=StringValue{value='x'}}]}' is missing required fields '[feedback, note]'"))
			.isEqualTo("input.feedback is required; input.note is required");
	}

	@Test
	void aNullFieldOfAVariableIsNamedPlainly() {
		assertThat(PlainMessages
			.of("Variable 'input' has an invalid value: Field 'feedback' has coerced Null value for NonNull type 'String!'"))
			.isEqualTo("input.feedback is required");
	}

	@Test
	void noMessageShowsGraphQlJavasRenderingOfAValue() {
		assertThat(PlainMessages
			.of("Validation error (WrongType@[x]) : argument 'first' with value 'StringValue{value='a'}' is not a valid 'Int'"))
			.isEqualTo("Validation error (WrongType@[x]) : argument 'first' is not a valid 'Int'")
			.doesNotContain("Value{");
	}

	@Test
	void aScalarThatRefusesAValueSaysWhichWithoutItsParsersInternals() {
		assertThat(PlainMessages
			.of("Variable 'input' has an invalid value: Invalid ISO 4217 value : 'EURO'. because of : 'null'"))
			.isEqualTo("Variable 'input' has an invalid value: Invalid ISO 4217 value : 'EURO'");
		assertThat(PlainMessages.of("Variable 'input' has an invalid value: Invalid ISO 3166-1 alpha-2 value : 'XX'."
				+ " because of : 'No enum constant graphql.scalars.country.code.CountryCode.XX'"))
			.isEqualTo("Variable 'input' has an invalid value: Invalid ISO 3166-1 alpha-2 value : 'XX'");
	}

}

package io.conduct.platform.graphql;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;

/**
 * The {@code DateTime} scalar (RFC 3339), serializing {@link Instant}s too, in UTC: the
 * domain keeps instants, clients get offsets.
 */
final class InstantFriendlyDateTime {

	@SuppressWarnings("unchecked")
	private static final Coercing<Object, Object> DELEGATE = (Coercing<Object, Object>) ExtendedScalars.DateTime
		.getCoercing();

	static final GraphQLScalarType SCALAR = GraphQLScalarType.newScalar(ExtendedScalars.DateTime)
		.coercing(new Coercing<Object, Object>() {

			@Override
			public Object serialize(Object value, GraphQLContext context, Locale locale) {
				return DELEGATE.serialize((value instanceof Instant instant) ? instant.atOffset(ZoneOffset.UTC) : value,
						context, locale);
			}

			@Override
			public Object parseValue(Object input, GraphQLContext context, Locale locale) {
				return DELEGATE.parseValue(input, context, locale);
			}

			@Override
			public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				return DELEGATE.parseLiteral(input, variables, context, locale);
			}

			@Override
			public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
				return DELEGATE.valueToLiteral(input, context, locale);
			}

		})
		.build();

	private InstantFriendlyDateTime() {
	}

}

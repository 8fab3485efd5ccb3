package io.conduct.platform.web;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * What a GraphQL request body is, read in one streaming pass that stops at the first
 * thing past the ceiling: its shape (size, depth, longest string and list), the query,
 * the operation name and the public intake key of the variables, if any. Nothing is built
 * from the body on the way: no tree, no objects.
 *
 * @param shape how large it is
 * @param query the query
 * @param operationName the operation name, if given
 * @param intakeKey the public intake key at the configured place of the variables, if
 * given
 * @param problem what is wrong with the body, in words; {@code null} if nothing is
 */
record GraphQlBody(GraphQlBodyLimits.Shape shape, String query, String operationName, String intakeKey,
		String problem) {

	static GraphQlBody refused(String problem) {
		return new GraphQlBody(null, null, null, null, problem);
	}

	/** A parser factory that refuses, while it reads, what goes far past the ceiling. */
	static JsonFactory factoryFor(GraphQlBodyLimits.Shape ceiling) {
		return JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(ceiling.depth() + 1)
				.maxStringLength(ceiling.longestString() + 1)
				.maxDocumentLength(ceiling.bytes())
				.build())
			.build();
	}

	/**
	 * Reads a body within the ceiling.
	 * @param body the bytes
	 * @param json a factory made by {@link #factoryFor} for the ceiling
	 * @param ceiling past these bounds the body is refused at once
	 * @param intakeKeyPath where in the variables the intake key is
	 */
	static GraphQlBody read(byte[] body, JsonFactory json, GraphQlBodyLimits.Shape ceiling,
			List<String> intakeKeyPath) {
		if (body.length > ceiling.bytes()) {
			return refused("The request body has more than " + ceiling.bytes() + " bytes");
		}
		try (JsonParser parser = json.createParser(body)) {
			return new Reader(parser, ceiling, intakeKeyPath, body.length).read();
		}
		catch (StreamConstraintsException ex) {
			// the parser stopped at once, before reading the whole value
			String what = String.valueOf(ex.getOriginalMessage());
			if (what.contains("String")) {
				return refused("A string in the request has more than " + ceiling.longestString() + " characters");
			}
			if (what.contains("nesting")) {
				return refused("The request body is nested deeper than " + ceiling.depth() + " levels");
			}
			return refused("The request body has more than " + ceiling.bytes() + " bytes");
		}
		catch (JacksonException ex) {
			return refused("The body is not JSON");
		}
	}

	/** One pass over the tokens. */
	private static final class Reader {

		private final JsonParser parser;

		private final GraphQlBodyLimits.Shape ceiling;

		private final List<String> intakeKeyPath;

		private final long bytes;

		/** The property names from the top to the current value. */
		private final List<String> path = new ArrayList<>();

		/** How many lists the current value is in. */
		private int listDepth;

		private int depth;

		private int longestString;

		private int longestList;

		private String query;

		private boolean queryGiven;

		private String operationName;

		private String intakeKey;

		Reader(JsonParser parser, GraphQlBodyLimits.Shape ceiling, List<String> intakeKeyPath, long bytes) {
			this.parser = parser;
			this.ceiling = ceiling;
			this.intakeKeyPath = intakeKeyPath;
			this.bytes = bytes;
		}

		GraphQlBody read() {
			JsonToken first = this.parser.nextToken();
			if (first != JsonToken.START_OBJECT) {
				return refused("The body must be a JSON object with a query");
			}
			this.depth = 1;
			String problem = readObjectMembers(0);
			if (problem != null) {
				return refused(problem);
			}
			if (this.parser.nextToken() != null) {
				return refused("The body is not JSON");
			}
			if (!this.queryGiven) {
				return refused("The body must carry the query as a string");
			}
			return new GraphQlBody(
					new GraphQlBodyLimits.Shape(this.bytes, this.depth, this.longestString, this.longestList),
					this.query, this.operationName, this.intakeKey, null);
		}

		/** Reads the members of an object whose start was read; level 0 is the body. */
		private String readObjectMembers(int level) {
			JsonToken token;
			while ((token = this.parser.nextToken()) != JsonToken.END_OBJECT) {
				if (token != JsonToken.PROPERTY_NAME) {
					return "The body is not JSON";
				}
				String name = this.parser.currentName();
				JsonToken value = this.parser.nextToken();
				if (level == 0) {
					String problem = topLevel(name, value);
					if (problem != null) {
						return problem;
					}
				}
				this.path.add(name);
				String problem = readValue(value, level + 1);
				this.path.remove(this.path.size() - 1);
				if (problem != null) {
					return problem;
				}
			}
			return null;
		}

		private String topLevel(String name, JsonToken value) {
			switch (name) {
				case "query" -> {
					if (value != JsonToken.VALUE_STRING) {
						return "The body must carry the query as a string";
					}
					this.queryGiven = true;
				}
				case "variables" -> {
					if (value != JsonToken.START_OBJECT && value != JsonToken.VALUE_NULL) {
						return "variables must be a JSON object";
					}
				}
				case "operationName" -> {
					if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
						return "operationName must be a string";
					}
				}
				default -> {
				}
			}
			return null;
		}

		private String readValue(JsonToken value, int level) {
			switch (value) {
				case START_OBJECT -> {
					String problem = enter(level);
					return (problem != null) ? problem : readObjectMembers(level);
				}
				case START_ARRAY -> {
					String problem = enter(level);
					if (problem != null) {
						return problem;
					}
					this.listDepth++;
					int items = 0;
					JsonToken item;
					while ((item = this.parser.nextToken()) != JsonToken.END_ARRAY) {
						if (++items > this.ceiling.longestList()) {
							return "A list in the request has more than " + this.ceiling.longestList() + " items";
						}
						problem = readValue(item, level + 1);
						if (problem != null) {
							return problem;
						}
					}
					this.listDepth--;
					this.longestList = Math.max(this.longestList, items);
					return null;
				}
				case VALUE_STRING -> {
					int length = this.parser.getStringLength();
					this.longestString = Math.max(this.longestString, length);
					if (length > this.ceiling.longestString()) {
						return "A string in the request has more than " + this.ceiling.longestString() + " characters";
					}
					remember();
					return null;
				}
				default -> {
					return null;
				}
			}
		}

		private String enter(int level) {
			this.depth = Math.max(this.depth, level + 1);
			if (this.depth > this.ceiling.depth()) {
				return "The request body is nested deeper than " + this.ceiling.depth() + " levels";
			}
			return null;
		}

		/** Keeps the strings the filter looks at. */
		private void remember() {
			if (this.listDepth > 0) {
				return;
			}
			if (this.path.size() == 1) {
				if ("query".equals(this.path.get(0))) {
					this.query = this.parser.getString();
				}
				else if ("operationName".equals(this.path.get(0))) {
					this.operationName = this.parser.getString();
				}
			}
			else if (this.path.size() == this.intakeKeyPath.size() + 1 && "variables".equals(this.path.get(0))
					&& this.path.subList(1, this.path.size()).equals(this.intakeKeyPath)) {
				this.intakeKey = this.parser.getString();
			}
		}

	}

}

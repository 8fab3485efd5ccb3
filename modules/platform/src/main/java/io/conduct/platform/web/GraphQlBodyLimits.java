package io.conduct.platform.web;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds on the JSON body of a GraphQL request (query, operation name and variables),
 * checked while it is read and before anything is built from it: its size, its depth, the
 * longest string and the longest list it holds. Every request gets the default bounds; an
 * allowance gives larger ones to named operations (e.g. those that carry files), and only
 * to the callers it names.
 *
 * @param maxBytes the largest body, in bytes
 * @param maxDepth the deepest nesting of objects and lists
 * @param maxStringCharacters the longest string (the query included)
 * @param maxListItems the longest list
 * @param intakeKeyVariable where in the variables a public intake's key is given (a dot
 * path, e.g. {@code input.intakeKey}), for allowances of public intake callers
 * @param allowances larger bounds for named operations, by name
 */
@ConfigurationProperties("conduct.graphql.body")
public record GraphQlBodyLimits(Long maxBytes, Integer maxDepth, Integer maxStringCharacters, Integer maxListItems,
		String intakeKeyVariable, Map<String, Allowance> allowances) {

	public GraphQlBodyLimits {
		maxBytes = (maxBytes != null) ? maxBytes : 256 * 1024L;
		maxDepth = (maxDepth != null) ? maxDepth : 12;
		maxStringCharacters = (maxStringCharacters != null) ? maxStringCharacters : 65_536;
		maxListItems = (maxListItems != null) ? maxListItems : 100;
		intakeKeyVariable = (intakeKeyVariable != null) ? intakeKeyVariable : "input.intakeKey";
		allowances = (allowances != null) ? Map.copyOf(allowances) : Map.of();
	}

	/** The default bounds, as one shape. */
	Shape defaults() {
		return new Shape(this.maxBytes, this.maxDepth, this.maxStringCharacters, this.maxListItems);
	}

	/** The largest bounds any allowance gives: past them a body is refused at once. */
	Shape ceiling() {
		Shape ceiling = defaults();
		for (Allowance allowance : this.allowances.values()) {
			ceiling = ceiling.widest(allowance.bounds(this));
		}
		return ceiling;
	}

	/**
	 * Larger bounds for some operations and callers. A bound left out is the default one.
	 *
	 * @param operations the root fields the operation may select (every root field of it
	 * must be one of these)
	 * @param callers who gets the allowance
	 * @param maxBytes the largest body
	 * @param maxDepth the deepest nesting
	 * @param maxStringCharacters the longest string
	 * @param maxListItems the longest list
	 */
	public record Allowance(Set<String> operations, Set<Caller> callers, Long maxBytes, Integer maxDepth,
			Integer maxStringCharacters, Integer maxListItems) {

		public Allowance {
			operations = (operations != null) ? Set.copyOf(operations) : Set.of();
			callers = (callers != null) ? Set.copyOf(callers) : Set.of();
		}

		Shape bounds(GraphQlBodyLimits limits) {
			return new Shape((this.maxBytes != null) ? this.maxBytes : limits.maxBytes(),
					(this.maxDepth != null) ? this.maxDepth : limits.maxDepth(),
					(this.maxStringCharacters != null) ? this.maxStringCharacters : limits.maxStringCharacters(),
					(this.maxListItems != null) ? this.maxListItems : limits.maxListItems());
		}

	}

	/** Who may get an allowance. */
	public enum Caller {

		/** A caller with a valid token of an active tenant. */
		SIGNED_IN,

		/**
		 * A caller without a token whose variables name an active tenant's public intake
		 * key.
		 */
		PUBLIC_INTAKE

	}

	/**
	 * The size of a body, or bounds on it.
	 *
	 * @param bytes its length in bytes
	 * @param depth its deepest nesting
	 * @param longestString its longest string, in characters
	 * @param longestList its longest list
	 */
	record Shape(long bytes, int depth, int longestString, int longestList) {

		boolean fitsWithin(Shape bounds) {
			return this.bytes <= bounds.bytes && this.depth <= bounds.depth
					&& this.longestString <= bounds.longestString && this.longestList <= bounds.longestList;
		}

		Shape widest(Shape other) {
			return new Shape(Math.max(this.bytes, other.bytes), Math.max(this.depth, other.depth),
					Math.max(this.longestString, other.longestString), Math.max(this.longestList, other.longestList));
		}

		/** What of this shape goes past the bounds, in words; null if nothing does. */
		String excessOver(Shape bounds) {
			if (this.longestString > bounds.longestString) {
				return "A string in the request has more than " + bounds.longestString + " characters";
			}
			if (this.longestList > bounds.longestList) {
				return "A list in the request has more than " + bounds.longestList + " items";
			}
			if (this.depth > bounds.depth) {
				return "The request body is nested deeper than " + bounds.depth + " levels";
			}
			if (this.bytes > bounds.bytes) {
				return "The request body has more than " + bounds.bytes + " bytes";
			}
			return null;
		}

	}

}

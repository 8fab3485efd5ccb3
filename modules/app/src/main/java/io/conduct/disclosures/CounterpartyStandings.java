package io.conduct.disclosures;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a counterparty is what a clause names (a significant customer or supplier, a
 * direct competitor, a customer or supplier), with the reason when it is not.
 */
final class CounterpartyStandings {

	private CounterpartyStandings() {
	}

	static Match match(List<ConflictRules.Standing> wanted, DisclosureFacts.CounterpartyFacts counterparty) {
		List<ConflictRules.Standing> matched = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		List<String> not = new ArrayList<>();
		Significance significance = counterparty.significance();
		for (ConflictRules.Standing standing : wanted) {
			Boolean is = switch (standing) {
				case SIGNIFICANT_CUSTOMER -> counterparty.kinds().contains(CounterpartyKind.CUSTOMER)
						? ((significance != null) ? significance.significantCustomer() : null) : Boolean.FALSE;
				case SIGNIFICANT_SUPPLIER -> counterparty.kinds().contains(CounterpartyKind.SUPPLIER)
						? ((significance != null) ? significance.significantSupplier() : null) : Boolean.FALSE;
				case DIRECT_COMPETITOR -> counterparty.kinds().contains(CounterpartyKind.DIRECT_COMPETITOR);
				case CUSTOMER -> counterparty.kinds().contains(CounterpartyKind.CUSTOMER);
				case SUPPLIER -> counterparty.kinds().contains(CounterpartyKind.SUPPLIER);
			};
			if (Boolean.TRUE.equals(is)) {
				matched.add(standing);
			}
			else if (is == null) {
				unknown.add(standing.words());
			}
			else if (relevant(standing, counterparty)) {
				not.add(standing.words());
			}
		}
		return new Match(matched, unknown, not, counterparty, significance);
	}

	/**
	 * Whether saying "it is not that" tells anything: a supplier is no significant
	 * customer.
	 */
	private static boolean relevant(ConflictRules.Standing standing, DisclosureFacts.CounterpartyFacts counterparty) {
		return switch (standing) {
			case SIGNIFICANT_CUSTOMER -> counterparty.kinds().contains(CounterpartyKind.CUSTOMER);
			case SIGNIFICANT_SUPPLIER -> counterparty.kinds().contains(CounterpartyKind.SUPPLIER);
			default -> true;
		};
	}

	/**
	 * The outcome of a match.
	 *
	 * @param matched what the counterparty is of what the clause names
	 * @param unknown what cannot be established
	 * @param not what it is not
	 * @param counterparty the counterparty
	 * @param significance its significance
	 */
	record Match(List<ConflictRules.Standing> matched, List<String> unknown, List<String> not,
			DisclosureFacts.CounterpartyFacts counterparty, Significance significance) {

		boolean any() {
			return !this.matched.isEmpty();
		}

		/** "a publicly-held significant supplier and direct competitor". */
		String described() {
			String standings = String.join(" and ", this.matched.stream().map(ConflictRules.Standing::words).toList());
			String ownership = (this.counterparty.ownership() != null) ? this.counterparty.ownership().words() + " "
					: "";
			return "a " + ownership + standings;
		}

		/** Why the clause does not apply, or cannot be applied. */
		ConflictPolicy.Assessment missing() {
			if (!this.unknown.isEmpty()) {
				String gaps = (this.significance != null && !this.significance.gaps().isEmpty())
						? ": " + String.join("; ", this.significance.gaps()) : "";
				return ConflictPolicy.Assessment.unknown("whether " + this.counterparty.name() + " is a "
						+ String.join(" or ", this.unknown) + " cannot be established" + gaps);
			}
			StringBuilder why = new StringBuilder(this.counterparty.name());
			if (this.not.isEmpty()) {
				why.append(" is a ")
					.append(String.join(" and ",
							this.counterparty.kinds()
								.stream()
								.map((k) -> k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
								.toList()))
					.append(", which the clause does not name");
			}
			else {
				why.append(" is not a ").append(String.join(" nor a ", this.not));
			}
			boolean significanceMatters = this.not.stream().anyMatch((words) -> words.startsWith("significant"));
			if (significanceMatters && this.significance != null && !this.significance.tests().isEmpty()) {
				Significance.Test largest = this.significance.tests()
					.stream()
					.max(java.util.Comparator.comparing(Significance.Test::percent))
					.orElseThrow();
				why.append(" (largest test: ").append(largest.comparison()).append(')');
			}
			return ConflictPolicy.Assessment.notApplicable(why.toString());
		}

	}

}

package io.conduct.oversight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Keeps small cells from being found by difference: where a total is shown and exactly
 * one of its parts is withheld, that part is the total less the others, so the smallest
 * other part shown is withheld too (as {@link Figure.Reason#COMPLEMENTARY}).
 */
final class SmallCells {

	private SmallCells() {
	}

	/**
	 * The parts, with a complement withheld where the total and all but one part would
	 * tell the last.
	 * @param total the total the parts add up to
	 * @param parts the parts
	 * @param countOf the part's count
	 * @param withheld the part with its count withheld as a complement
	 */
	static <T> List<T> protect(Figure total, List<T> parts, Function<T, Figure> countOf, UnaryOperator<T> withheld) {
		List<T> protectedParts = new ArrayList<>(parts);
		long withheldCount = parts.stream().filter((p) -> countOf.apply(p).suppressed()).count();
		if (total.suppressed() || withheldCount != 1) {
			return protectedParts;
		}
		parts.stream()
			.filter((p) -> !countOf.apply(p).suppressed() && countOf.apply(p).basis() > 0)
			.min(Comparator.comparingLong((T p) -> countOf.apply(p).basis()))
			.ifPresent((smallest) -> protectedParts.set(parts.indexOf(smallest), withheld.apply(smallest)));
		return protectedParts;
	}

}

package io.conduct.oversight;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures from fewer than five cases are withheld, and so is a part that a total and the
 * other parts would give away.
 */
class SmallCellsTests {

	@Test
	void aCountOfOneToFourIsWithheldAndNoneOrFiveAreShown() {
		assertThat(Figure.count(0).suppressed()).isFalse();
		assertThat(Figure.count(0).value()).isZero();
		assertThat(Figure.count(1).suppressed()).isTrue();
		assertThat(Figure.count(4).value()).isNull();
		assertThat(Figure.count(4).reason()).isEqualTo(Figure.Reason.FEWER_THAN_FIVE_CASES);
		assertThat(Figure.count(5).suppressed()).isFalse();
		assertThat(Figure.count(5).value()).isEqualTo(5.0);
	}

	@Test
	void aShareOfFewerThanFiveCasesIsWithheldWhateverItsPart() {
		assertThat(Figure.share(0, 4).suppressed()).isTrue();
		assertThat(Figure.share(2, 10).value()).isEqualTo(0.2);
		assertThat(Figure.share(0, 0).suppressed()).isFalse();
		assertThat(Figure.share(0, 0).value()).isNull();
	}

	@Test
	void withATotalShownTheSmallestOtherPartIsWithheldWithTheOnlyWithheldOne() {
		Figure total = Figure.count(20);
		List<Figure> parts = List.of(Figure.count(3), Figure.count(7), Figure.count(10));

		List<Figure> shown = SmallCells.protect(total, parts, (f) -> f, Figure::withheldAsComplement);

		assertThat(shown).extracting(Figure::suppressed).containsExactly(true, true, false);
		assertThat(shown.get(1).reason()).isEqualTo(Figure.Reason.COMPLEMENTARY);
		assertThat(shown.get(1).value()).isNull();
	}

	@Test
	void twoWithheldPartsOrAWithheldTotalNeedNoComplement() {
		List<Figure> two = List.of(Figure.count(3), Figure.count(2), Figure.count(10));
		assertThat(SmallCells.protect(Figure.count(15), two, (f) -> f, Figure::withheldAsComplement))
			.extracting(Figure::suppressed)
			.containsExactly(true, true, false);
		List<Figure> one = List.of(Figure.count(3));
		assertThat(SmallCells.protect(Figure.count(3), one, (f) -> f, Figure::withheldAsComplement))
			.extracting(Figure::reason)
			.containsExactly(Figure.Reason.FEWER_THAN_FIVE_CASES);
	}

	@Test
	void percentilesAreByNearestRank() {
		List<Double> days = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
		assertThat(AnalyticsFigures.percentile(days, 0.5)).isEqualTo(5.0);
		assertThat(AnalyticsFigures.percentile(days, 0.9)).isEqualTo(9.0);
	}

}
